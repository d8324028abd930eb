import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElectronApplication, Page } from '@playwright/test';
import { _electron as electron } from '@playwright/test';
import { installedElectronBinary } from '../../electron/electron-binary';
import { WelcomePage } from './pages/welcome-page';
import { expect, test } from './support/fixtures';

const binary = installedElectronBinary();

/** The real desktop app on a fresh data folder, so a run never touches anyone's portfolios. */
async function launchApp(): Promise<{ app: ElectronApplication; page: Page; dataDir: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'pwp-electron-'));
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  const app = await electron.launch({
    args: ['.'],
    executablePath: binary ?? '',
    env: { ...env, PWP_DATA_DIR: dataDir },
  });
  return { app, page: await app.firstWindow(), dataDir };
}

test.describe('the desktop app', () => {
  test.skip(
    binary === null,
    'Electron binary not installed here (downloads from GitHub are blocked); runs on machines that have it.',
  );

  let launched: Awaited<ReturnType<typeof launchApp>> | undefined;
  test.afterEach(async () => {
    await launched?.app.close();
    if (launched) await rm(launched.dataDir, { recursive: true, force: true });
    launched = undefined;
  });

  test('starts, and a trainee creates a portfolio in it', async () => {
    launched = await launchApp();
    const { page, dataDir } = launched;
    const welcome = new WelcomePage(page);
    await expect(welcome.heading()).toBeVisible();

    await welcome.fillByKeyboard({
      name: 'Sam Patel',
      university: 'University of Exeter',
      service: 'TalkWorks Devon',
      cohort: 'January 2027',
      startDate: '2027-01-11',
    });
    await page.getByLabel('Graduate certificate', { exact: true }).check();
    await welcome.createButton().click();

    await expect(page.getByRole('heading', { level: 1, name: 'Sam Patel' })).toBeVisible();
    expect(await readdir(join(dataDir, 'portfolios'))).toHaveLength(1);
  });

  test('refuses to navigate away from the app', async () => {
    launched = await launchApp();
    const { page } = launched;
    const welcome = new WelcomePage(page);
    await expect(welcome.heading()).toBeVisible();
    const appUrl = page.url();

    const navigated = page
      .waitForEvent('framenavigated', { timeout: 2_000 })
      .then(() => true)
      .catch(() => false);
    await page.evaluate(() => {
      location.href = 'https://example.org/';
    });
    expect(await navigated).toBe(false);
    expect(page.url()).toBe(appUrl);
    await expect(welcome.heading()).toBeVisible();
  });

  test('opens no new window, and hands no file: link to the system', async () => {
    launched = await launchApp();
    const { app, page } = launched;
    await expect(new WelcomePage(page).heading()).toBeVisible();

    const refused = await page.evaluate(() => window.open('file:///etc/passwd') === null);
    expect(refused).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });
});
