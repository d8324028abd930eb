import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, expectAxeClean, test } from './support/fixtures';
import { WelcomePage } from './pages/welcome-page';

const sam = {
  name: 'Sam Patel',
  university: 'University of Exeter',
  service: 'TalkWorks Devon',
  cohort: 'January 2027',
  startDate: '2027-01-11',
};

test.describe('first run', () => {
  test('opens to the welcome screen, which is axe-clean', async ({ page, app }, testInfo) => {
    const welcome = new WelcomePage(page);
    await welcome.goto(app.url);
    await expect(page).toHaveTitle('PWP Tracker');
    await expect(page.getByText(`your portfolios are kept in ${app.dataDir}`)).toBeVisible();
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('welcome.png'), fullPage: true });
  });

  test('a trainee creates a portfolio with the keyboard alone and finds it again', async ({
    page,
    app,
  }, testInfo) => {
    const welcome = new WelcomePage(page);
    await welcome.goto(app.url);
    await welcome.fillByKeyboard(sam);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Your workplace supervisor (optional)')).toBeFocused();
    await page.keyboard.type('Jo Smith');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Postgraduate certificate')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Graduate certificate', { exact: true })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(welcome.createButton()).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page.getByRole('navigation', { name: 'Portfolio' })).toContainText('Sam Patel');
    await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('portfolio-home.png'), fullPage: true });

    const files = await readdir(join(app.dataDir, 'portfolios'));
    expect(files).toHaveLength(1);

    // The supervisor named at the start is listed, with their training still to be recorded.
    await page
      .getByRole('navigation', { name: 'Portfolio' })
      .getByRole('button', { name: 'Supervisors and tutors' })
      .click();
    await expect(page.getByRole('table')).toContainText('Jo Smith');
    await page.getByRole('button', { name: 'Close portfolio' }).click();
    await welcome.openButton('Sam Patel').click();
    await expect(page.getByRole('navigation', { name: 'Portfolio' })).toContainText('Sam Patel');
  });

  test('missing details are listed, linked to their fields, and nothing is saved', async ({
    page,
    app,
  }) => {
    const welcome = new WelcomePage(page);
    await welcome.goto(app.url);
    await welcome.createButton().click();
    await expect(welcome.errorSummary()).toBeFocused();
    // The message follows the label, "Your name".
    await welcome.errorSummary().getByRole('link', { name: 'Enter your name' }).click();
    await expect(page.getByLabel('Your name')).toBeFocused();
    await expectAxeClean(page);
    await expect(page.getByRole('heading', { name: 'Your portfolios' })).toHaveCount(0);
  });

  test('another role keeps its choice across a reload and sees a trainee’s portfolio read-only', async ({
    page,
    app,
  }, testInfo) => {
    const welcome = new WelcomePage(page);
    await welcome.goto(app.url);
    await welcome.fillByKeyboard(sam);
    await welcome.createButton().click();
    await expect(page.getByRole('navigation', { name: 'Portfolio' })).toContainText('Sam Patel');
    await page.getByRole('button', { name: 'Close portfolio' }).click();

    await page.getByLabel('University clinical educator').click();
    await expect(page.getByLabel('University clinical educator')).toBeChecked();
    await expect(page.getByText(/Everything opens read-only/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Create a portfolio' })).toHaveCount(0);
    await page.reload();
    await expect(page.getByLabel('University clinical educator')).toBeChecked();
    await expectAxeClean(page);

    await welcome.openButton('Sam Patel').click();
    const nav = page.getByRole('navigation', { name: 'Portfolio' });
    await expect(nav).toContainText('Read only — not your portfolio');
    await nav.getByRole('button', { name: 'Programme days' }).click();
    await expect(page.getByRole('button', { name: 'Log a new programme day' })).toHaveCount(0);
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('educator-read-only.png'), fullPage: true });

    // Back as the trainee, the portfolio can be changed again.
    await page.getByRole('button', { name: 'Close portfolio' }).click();
    await page.getByLabel('Trainee PWP').click();
    await expect(page.getByLabel('Trainee PWP')).toBeChecked();
    await welcome.openButton('Sam Patel').click();
    await page
      .getByRole('navigation', { name: 'Portfolio' })
      .getByRole('button', { name: 'Programme days' })
      .click();
    await expect(page.getByRole('button', { name: 'Log a new programme day' })).toBeVisible();
  });
});
