import { expect, expectAxeClean, test } from './support/fixtures';
import type { RoleLabel } from './pages/role-home-page';
import { RoleHomePage } from './pages/role-home-page';
import { WelcomePage } from './pages/welcome-page';
import { WorkspacePage } from './pages/workspace-page';

test.describe('each role’s home', () => {
  test('a supervisor’s home is kept across a reload, opens the example read-only, and the role can change', async ({
    page,
    app,
  }, testInfo) => {
    const welcome = new WelcomePage(page);
    const homes = new RoleHomePage(page);
    await welcome.goto(app.url);

    await homes.choose('Workplace supervisor');
    await expect(homes.roleChoice().getByLabel('Workplace supervisor')).toBeChecked();
    await expect(page.getByRole('heading', { name: 'What you can do today' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Coming in later versions' })).toBeVisible();
    await expect(page.getByText(/Everything opens read-only/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create portfolio' })).toHaveCount(0);
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('supervisor-home.png'), fullPage: true });

    await page.reload();
    await expect(homes.heading('Workplace supervisor')).toBeVisible();
    await expect(homes.roleChoice().getByLabel('Workplace supervisor')).toBeChecked();

    await homes.exampleButton().click();
    const workspace = new WorkspacePage(page);
    await expect(workspace.nav()).toContainText('Example — read only');
    await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('supervisor-example.png'), fullPage: true });
    await workspace.close();
    await expect(homes.heading('Workplace supervisor')).toBeVisible();

    await homes.choose('University clinical educator');
    await expect(page.getByText(/Marking competency assessments/)).toBeVisible();
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('educator-home.png'), fullPage: true });

    await homes.choose('Trainee PWP');
    await expect(welcome.heading()).toBeVisible();
    await expect(welcome.createButton()).toBeVisible();
  });

  for (const role of ['Workplace supervisor', 'University clinical educator'] as const) {
    test(`the ${role.toLowerCase()}’s home works from the keyboard alone`, async ({
      page,
      app,
    }) => {
      const homes = new RoleHomePage(page);
      await new WelcomePage(page).goto(app.url);
      // Into the role choice, then along it with the arrow keys, as radios are used.
      await homes.tabTo(homes.roleChoice().getByLabel('Trainee PWP'));
      const steps = role === 'Workplace supervisor' ? 1 : 2;
      for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
      await expect(homes.heading(role)).toBeVisible();
      await expect(homes.roleChoice().getByLabel(role)).toBeFocused();

      await homes.tabTo(homes.exampleButton());
      await page.keyboard.press('Enter');
      await expect(new WorkspacePage(page).nav()).toContainText('Example — read only');
    });
  }

  test('every role’s home is readable at 200 % zoom', async ({ page, app }, testInfo) => {
    // 200 % zoom of a 1280 px window lays the page out in 640 CSS pixels.
    await page.setViewportSize({ width: 640, height: 900 });
    const homes = new RoleHomePage(page);
    await new WelcomePage(page).goto(app.url);
    const roles: RoleLabel[] = [
      'Workplace supervisor',
      'University clinical educator',
      'Trainee PWP',
    ];
    for (const role of roles) {
      await homes.choose(role);
      expect(await homes.overflowsSideways()).toBe(false);
      await page.screenshot({
        path: testInfo.outputPath(`home-640-${role.split(' ')[0]!.toLowerCase()}.png`),
        fullPage: true,
      });
    }
  });
});
