import { createRequire } from 'node:module';
import { _electron as electron } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** The Electron binary's path, or null where it could not be downloaded (as on CI here). */
function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

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
