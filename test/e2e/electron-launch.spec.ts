import { _electron as electron } from '@playwright/test';
import { installedElectronBinary } from '../../electron/electron-binary';
import { expect, test } from './support/fixtures';

const binary = installedElectronBinary();

test.describe('the desktop app', () => {
  test.skip(
    binary === null,
    'Electron binary not installed here (downloads from GitHub are blocked); runs on machines that have it.',
  );

  test('starts and shows the first screen', async () => {
    const app = await electron.launch({ args: ['.'], executablePath: binary ?? '' });
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { level: 1 })).toContainText('PWP practice portfolio');
    await app.close();
  });
});
