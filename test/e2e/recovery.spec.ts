import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAxeClean, test } from './support/fixtures';
import { sam, WorkspacePage } from './pages/workspace-page';

async function logDay(page: Page, day: number) {
  await page.getByRole('button', { name: 'Log a new programme day' }).click();
  await page.getByLabel('Day', { exact: true }).fill(String(day));
  await page.getByLabel('Month', { exact: true }).fill('1');
  await page.getByLabel('Year', { exact: true }).fill('2027');
  // Nothing is chosen for the trainee: module, kind and attendance are each answered.
  await page.getByLabel('Module', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('Kind of day', { exact: true }).selectOption('taught');
  await page.getByLabel('Attendance', { exact: true }).selectOption({ label: 'Attended' });
  await page.getByRole('button', { name: 'Submit' }).click();
}

/** Logs `days` programme days, closes the portfolio (which compacts it) and returns its folder. */
async function portfolioWithDays(page: Page, url: string, dataDir: string, days: number[]) {
  const workspace = await WorkspacePage.withNewPortfolio(page, url, sam);
  await workspace.open('Programme days');
  for (const [index, day] of days.entries()) {
    await logDay(page, day);
    await expect(
      page.getByText(index === 0 ? '1 entry' : `${index + 1} entries`, { exact: true }),
    ).toBeVisible();
  }
  await workspace.close();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your PWP practice portfolio' }),
  ).toBeVisible();
  const [id = ''] = await readdir(join(dataDir, 'portfolios'));
  return { workspace, folder: join(dataDir, 'portfolios', id) };
}

test('a damaged portfolio is recovered from its backup with every saved entry, and the damaged file is kept', async ({
  page,
  app,
}, testInfo) => {
  const { workspace, folder } = await portfolioWithDays(page, app.url, app.dataDir, [12]);
  // Damage the snapshot behind the app's back, as a disk fault would.
  await writeFile(join(folder, 'portfolio.json'), '\u0000'.repeat(200));
  await page.reload();

  await expect(
    page.getByRole('heading', { name: 'A portfolio could not be opened' }),
  ).toBeVisible();
  await expect(page.getByText(/main portfolio file \(portfolio\.json\) is damaged/)).toBeVisible();
  await expect(page.getByText('Portfolio of Sam Patel', { exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('unreadable-listed.png'), fullPage: true });
  await expectAxeClean(page);
  await page.getByRole('button', { name: /Recover this portfolio/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'The portfolio of Sam Patel has been recovered' }),
  ).toBeFocused();
  await expect(page.getByText(/could not be recovered/)).toHaveCount(0);
  const kept = await page.locator('code').textContent();
  expect(await readFile(join(kept ?? '', 'portfolio.json'), 'utf8')).toBe('\u0000'.repeat(200));
  await expectAxeClean(page);
  await page.screenshot({ path: testInfo.outputPath('recovered.png'), fullPage: true });

  await page.getByRole('button', { name: 'Open the portfolio' }).click();
  await workspace.open('Programme days');
  await expect(page.getByRole('row').filter({ hasText: '12 Jan 2027' })).toBeVisible();
});

test('damage in the middle of the history recovers everything before it and says what could not be read', async ({
  page,
  app,
}, testInfo) => {
  const { workspace, folder } = await portfolioWithDays(page, app.url, app.dataDir, [12, 13, 14]);
  // The snapshot is lost, and the second change in the history has a byte changed.
  await writeFile(join(folder, 'portfolio.json'), 'not json any more');
  const [segment = ''] = await readdir(join(folder, 'history'));
  const path = join(folder, 'history', segment);
  const lines = (await readFile(path, 'utf8')).split('\n');
  lines[1] = (lines[1] ?? '').replace('"date":"2027-01-13"', '"date":"2027-01-23"');
  await writeFile(path, lines.join('\n'));
  await page.reload();

  await expect(page.getByText(/main portfolio file \(portfolio\.json\) is damaged/)).toBeVisible();
  await page.getByRole('button', { name: /Recover this portfolio/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'The portfolio of Sam Patel has been recovered' }),
  ).toBeFocused();
  await expect(
    page.getByRole('heading', { name: 'Some recent changes could not be recovered' }),
  ).toBeVisible();
  await expect(page.getByText(/2 changes saved after .* could not be read/)).toBeVisible();
  await expectAxeClean(page);
  await page.screenshot({ path: testInfo.outputPath('recovered-partly.png'), fullPage: true });

  await page.getByRole('button', { name: 'Open the portfolio' }).click();
  await workspace.open('Programme days');
  await expect(page.getByRole('row').filter({ hasText: '12 Jan 2027' })).toBeVisible();
  await expect(page.getByText('1 entry', { exact: true })).toBeVisible();
});
