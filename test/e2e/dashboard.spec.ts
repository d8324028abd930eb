import { writeFile } from 'node:fs/promises';
import { expect, expectAxeClean, test } from './support/fixtures';
import { DashboardPage } from './pages/dashboard-page';
import { WelcomePage } from './pages/welcome-page';
import { sam, WorkspacePage } from './pages/workspace-page';

test.describe('dashboard', () => {
  test('the example portfolio’s dashboard, whole', async ({ page, app }, testInfo) => {
    test.slow(); // The example portfolio is a whole year of entries.
    const welcome = new WelcomePage(page);
    await welcome.goto(app.url);
    await page.getByRole('button', { name: 'Explore an example portfolio' }).click();
    const dashboard = new DashboardPage(page);
    await dashboard.heading().waitFor();
    // Read only: a step opens the screen where a thing is done, never a new entry.
    await expect(dashboard.action(/^Log a /).first()).toHaveCount(0);
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('dashboard-example.png'), fullPage: true });
    await writeFile(
      testInfo.outputPath('dashboard-example.html'),
      await page.locator('main').innerHTML(),
    );
  });

  test('a missing item leads to where it is done', async ({ page, app }, testInfo) => {
    await WorkspacePage.withNewPortfolio(page, app.url, sam);
    const dashboard = new DashboardPage(page);
    await dashboard.heading().waitFor();
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('dashboard-new.png'), fullPage: true });
    await dashboard
      .readiness()
      .screenshot({ path: testInfo.outputPath('dashboard-readiness.png') });

    // What only the supervisor can give is said plainly, with nothing to click.
    await expect(
      dashboard.readiness().getByText(/^Ask your supervisor for your mid-point report; /),
    ).toBeVisible();

    // By keyboard: focus the first "Log a programme day" step and press Enter.
    const step = dashboard.readiness().getByRole('button', { name: /^Log a programme day: / });
    await step.first().focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Programme days' })).toBeVisible();
    // The new-entry form is open, and focus is on its first field.
    const firstField = page
      .getByRole('group', { name: /Date of the programme day/ })
      .getByRole('textbox')
      .first();
    await expect(firstField).toBeFocused();
    await expect(page.getByRole('button', { name: 'Submit' })).toBeVisible();
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('days-from-dashboard.png'), fullPage: true });

    // A tile that is behind leads to its log too; arriving without a form starts at the heading.
    const workspace = new WorkspacePage(page);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await workspace.open('Dashboard');
    await dashboard
      .tiles()
      .getByRole('button', { name: 'See what evidence is needed: Interventions' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Evidence' })).toBeFocused();
    await expectAxeClean(page);
  });
});
