import { expect, expectAxeClean, test } from './support/fixtures';
import { sam, WorkspacePage } from './pages/workspace-page';

test.describe('programme days', () => {
  test('a trainee logs a programme day with the keyboard and sees it counted', async ({
    page,
    app,
  }, testInfo) => {
    const workspace = await WorkspacePage.withNewPortfolio(page, app.url, sam);
    await workspace.open('Programme days');
    await expect(page.getByText('0 entries')).toBeVisible();
    await expectAxeClean(page);

    await page.keyboard.press('n');
    await expect(page.getByRole('heading', { name: 'New programme day' })).toBeFocused();
    await page.getByLabel('Day', { exact: true }).fill('12');
    await page.getByLabel('Month', { exact: true }).fill('1');
    await page.getByLabel('Year', { exact: true }).fill('2027');
    await page.getByLabel('Kind of day').selectOption('taught');
    await page.getByLabel('Attendance').selectOption('authorised-absence');
    // An authorised absence needs a make-up plan: refused, explained, and nothing typed is lost.
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('alert')).toContainText('Say how you will make up the missed day');
    await expect(page.getByLabel('Year', { exact: true })).toHaveValue('2027');
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('programme-day-error.png'), fullPage: true });

    await page
      .getByLabel('How you will make up the day')
      .fill('Watch the recorded lecture and meet my tutor');
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Programme day saved.' }),
    ).toBeVisible();
    await expect(page.getByText('1 entry', { exact: true })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: '12 Jan 2027' });
    await expect(row).toContainText('Authorised absence');
    await expect(row).toContainText('Submitted');
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('programme-days-list.png'), fullPage: true });
  });

  test('unsaved typing is not lost by moving away without being asked', async ({ page, app }) => {
    const workspace = await WorkspacePage.withNewPortfolio(page, app.url, sam);
    await workspace.open('Programme days');
    await page.getByRole('button', { name: 'Log a new programme day' }).click();
    await page.getByLabel('Notes (optional)').fill('Half-typed note');
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await workspace.nav().getByRole('button', { name: 'Help and shortcuts' }).click();
    expect(asked).toContain('changes that are not saved');
    await expect(page.getByLabel('Notes (optional)')).toHaveValue('Half-typed note');
  });

  test('the help screen lists the keyboard shortcuts and is axe-clean', async ({ page, app }) => {
    const workspace = await WorkspacePage.withNewPortfolio(page, app.url, sam);
    await workspace.open('Help and shortcuts');
    await expect(page.getByRole('table', { name: 'Keyboard shortcuts' })).toContainText(
      'Jump to the search box',
    );
    await expectAxeClean(page);
  });
});
