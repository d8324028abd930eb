import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, expectAxeClean, test } from './support/fixtures';
import { sam, WorkspacePage } from './pages/workspace-page';

test('a damaged portfolio is recovered from its backup with every saved entry, and the damaged file is kept', async ({
  page,
  app,
}, testInfo) => {
  const workspace = await WorkspacePage.withNewPortfolio(page, app.url, sam);
  await workspace.open('Programme days');
  await page.getByRole('button', { name: 'Log a new programme day' }).click();
  await page.getByLabel('Day', { exact: true }).fill('12');
  await page.getByLabel('Month', { exact: true }).fill('1');
  await page.getByLabel('Year', { exact: true }).fill('2027');
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByText('1 entry', { exact: true })).toBeVisible();
  await workspace.close();
  // Closing compacts the journal into a new snapshot (and backs up the old one) before the first
  // screen comes back.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your PWP practice portfolio' }),
  ).toBeVisible();

  // Damage the snapshot behind the app's back, as a disk fault would.
  const [id = ''] = await readdir(join(app.dataDir, 'portfolios'));
  const snapshot = join(app.dataDir, 'portfolios', id, 'portfolio.json');
  await writeFile(snapshot, '\u0000'.repeat(200));
  await page.reload();

  await expect(
    page.getByRole('heading', { name: 'A portfolio could not be opened' }),
  ).toBeVisible();
  await expectAxeClean(page);
  await page.getByRole('button', { name: /Recover from backup/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your portfolio has been recovered' }),
  ).toBeFocused();
  const kept = await page.locator('code').textContent();
  expect(await readFile(kept ?? '', 'utf8')).toBe('\u0000'.repeat(200));
  await expectAxeClean(page);
  await page.screenshot({ path: testInfo.outputPath('recovered.png'), fullPage: true });

  await page.getByRole('button', { name: 'Open the recovered portfolio' }).click();
  await workspace.open('Programme days');
  await expect(page.getByRole('row').filter({ hasText: '12 Jan 2027' })).toBeVisible();
});
