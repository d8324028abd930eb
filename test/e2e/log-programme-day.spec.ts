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
    // N starts at the first question, and nothing is chosen for the trainee.
    await expect(page.getByLabel('Day', { exact: true })).toBeFocused();
    await expect(page.getByLabel('Attendance')).toHaveValue('');
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('alert')).toContainText('Select your attendance');
    await expect(page.getByRole('alert')).toContainText('Enter the date of the programme day');
    await expect(page.getByText('0 entries')).toBeVisible();
    // A two-digit year is explained in the NHS.UK words, never as YYYY-MM-DD.
    await page.getByLabel('Day', { exact: true }).fill('12');
    await page.getByLabel('Month', { exact: true }).fill('1');
    await page.getByLabel('Year', { exact: true }).fill('27');
    await page.getByRole('button', { name: 'Submit' }).click();
    await expect(page.getByRole('alert')).toContainText('Year must include 4 numbers');
    await expect(page.getByRole('alert')).not.toContainText('YYYY-MM-DD');
    await page.screenshot({
      path: testInfo.outputPath('programme-day-date-error.png'),
      fullPage: true,
    });
    await page.getByLabel('Year', { exact: true }).fill('2027');
    await page.getByLabel('Module').selectOption({ index: 1 });
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
    // The sorted column shows its direction.
    await expect(page.getByRole('columnheader', { name: /^Date/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(page.getByRole('columnheader', { name: /^Date/ })).toContainText('▼');
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('programme-days-list.png'), fullPage: true });

    // On the dashboard at 200 % zoom (640 CSS pixels), the module table reflows: nothing sits
    // off-screen in a sideways scroll box.
    await workspace.open('Dashboard');
    await page.setViewportSize({ width: 640, height: 900 });
    const modules = page.getByRole('table', { name: 'Programme days by module' });
    await expect(modules).toBeVisible();
    // In the stacked rows each value sits beside its column's name.
    const passMark = modules.locator('.nhsuk-table__heading', { hasText: 'Pass mark' }).first();
    await passMark.scrollIntoViewIfNeeded();
    const box = await passMark.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(640);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBe(0);
    expect(
      await modules.evaluate((table) => {
        const box = table.parentElement;
        return box ? box.scrollWidth - box.clientWidth : 0;
      }),
    ).toBeLessThanOrEqual(0);
    await expectAxeClean(page);
    await page.screenshot({
      path: testInfo.outputPath('dashboard-200-percent.png'),
      fullPage: true,
    });
    await modules
      .locator('tbody')
      .first()
      .screenshot({ path: testInfo.outputPath('dashboard-modules-200-percent.png') });
  });

  test('the skip link passes the navigation and lands on the screen itself', async ({
    page,
    app,
  }) => {
    const workspace = await WorkspacePage.withNewPortfolio(page, app.url, sam);
    await workspace.open('Programme days');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await skip.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    // The navigation is not inside the main content, and the next Tab is in the screen.
    await expect(page.getByRole('main').getByRole('navigation')).toHaveCount(0);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Log a new programme day' })).toBeFocused();
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
