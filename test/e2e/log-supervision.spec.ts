import type { Page, TestInfo } from '@playwright/test';
import { expect, expectAxeClean, test } from './support/fixtures';
import { PeoplePage } from './pages/people-page';
import { SupervisionPage } from './pages/supervision-page';
import { WelcomePage } from './pages/welcome-page';
import type { NewPortfolio } from './pages/welcome-page';

// Started in January so every session below is in the past, whenever the test runs.
const sam: NewPortfolio = {
  name: 'Sam Patel',
  university: 'University of Exeter',
  service: 'TalkWorks Devon',
  cohort: 'January 2026',
  startDate: '2026-01-05',
};

const priya = { name: 'Priya Shah', role: 'Supervisor', trained: true } as const;
const tom = { name: 'Tom Reed', role: 'Supervisor', trained: false } as const;

async function newPortfolio(page: Page, url: string) {
  const welcome = new WelcomePage(page);
  await welcome.goto(url);
  await welcome.fillByKeyboard(sam);
  await welcome.createButton().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
}

/** How far the page scrolls sideways, in CSS pixels (0 when everything reflows). */
async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

async function snap(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

test.describe('supervision log', () => {
  test('a trainee lists supervisors, then logs supervision with the keyboard', async ({
    page,
    app,
  }, testInfo) => {
    // A long journey through two screens, with an axe run at every stop.
    test.setTimeout(90_000);
    await newPortfolio(page, app.url);
    const log = new SupervisionPage(page);
    const people = new PeoplePage(page);

    // With nobody listed, the form says so and leads to the Supervisors and tutors screen.
    await log.open();
    await log.newButton().click();
    await expect(log.editor()).toContainText('You have not listed a supervisor yet');
    await expectAxeClean(page);
    await snap(page, testInfo, 'supervision-no-supervisors');
    await log.editor().getByRole('button', { name: 'Add a supervisor' }).click();
    await expect(people.heading()).toBeVisible();
    await expect(
      page.getByText('You have not listed any supervisors or tutors yet.'),
    ).toBeVisible();
    await expectAxeClean(page);

    // Nothing chosen: every question is named in the summary and next to its field.
    await people.addButton().click();
    await people.saveButton().click();
    await expect(people.errorSummary()).toBeFocused();
    await expect(people.errorSummary()).toContainText('Enter their full name');
    await expect(people.errorSummary()).toContainText(
      'Choose whether they are a supervisor or a university tutor',
    );
    // Supervisor training is asked only of a supervisor, never of a university tutor.
    await expect(people.training()).toHaveCount(0);
    await people.role().getByLabel('University tutor', { exact: true }).check();
    await expect(people.training()).toHaveCount(0);
    await people.role().getByLabel('Supervisor', { exact: true }).check();
    await people.saveButton().click();
    await expect(people.errorSummary()).toContainText(
      'Say whether they have completed low-intensity supervisor training',
    );
    await expect(people.errorIn(people.training())).toContainText(
      'Say whether they have completed',
    );
    await expect(people.training()).toContainText('Supervision counts towards your hours only');
    await expectAxeClean(page);
    await snap(page, testInfo, 'people-form-errors');

    await people.fill(priya);
    await people.saveButton().click();
    await expect(people.status()).toHaveText('Priya Shah was added.');
    await people.add(tom);
    await expect(people.row('Priya Shah')).toContainText('Completed');
    await expect(people.row('Tom Reed')).toContainText('No — their supervision does not count');
    await expect(people.row('Tom Reed')).toContainText(
      'Not set up yet — needed later for signing your submissions',
    );
    await expectAxeClean(page);
    await snap(page, testInfo, 'people-list');

    // A case-management session reviewing two patients, by keyboard alone.
    await log.open();
    await page.keyboard.press('n');
    await expect(log.day()).toBeFocused();
    await expect(log.supervisor().locator('option')).toHaveText([
      'Choose a supervisor',
      'Priya Shah',
      'Tom Reed (no supervisor training — does not count)',
    ]);
    await expect(log.minutes()).toHaveAccessibleDescription(
      'Case management: 1 hour a week; clinical skills: 1 hour a fortnight',
    );
    await log.fillByKeyboard({
      date: '2026-02-02',
      type: 'Case management',
      format: 'Individual',
      minutes: 60,
      supervisor: 'Priya',
      patientCodes: 'PT-0042\nPT-0107',
    });
    await expect(log.supervisor().locator('option:checked')).toHaveText('Priya Shah');
    await expect(log.type().getByLabel('Case management')).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(log.submitButton()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'saved' })).toHaveText(
      'Supervision session saved.',
    );
    const first = log.row('2 Feb 2026');
    await expect(first).toContainText('Case management');
    await expect(first).toContainText('Individual');
    await expect(first).toContainText('Priya Shah');
    await expect(first.getByRole('cell').nth(5)).toHaveText('2');
    await expect(first).toContainText('Submitted');
    await expectAxeClean(page);

    await log.openRow('2 Feb 2026');
    await expect(log.detail('Patient codes reviewed')).toHaveText('PT-0042, PT-0107');
    await expect(log.detail('Counts towards your supervision hours')).toHaveText('Yes');
    await expectAxeClean(page);

    // A clinical-skills session with the supervisor whose training is not recorded.
    await page.keyboard.press('Escape');
    await log.newButton().click();
    await log.fillByKeyboard({
      date: '2026-02-04',
      type: 'Clinical skills',
      format: 'Group',
      minutes: 60,
      supervisor: 'Tom',
      patientCodes: '',
    });
    await log.submitButton().click();
    const second = log.row('4 Feb 2026');
    await expect(second).toContainText('Tom Reed (no supervisor training — does not count)');
    await expect(second.getByRole('cell').nth(5)).toHaveText('0');
    await expectAxeClean(page);
    await snap(page, testInfo, 'supervision-list');

    await log.openRow('4 Feb 2026');
    await expect(log.detail('Type')).toHaveText('Clinical skills');
    await expect(log.detail('Format')).toHaveText('Group');
    await expect(log.detail('Patient codes reviewed')).toHaveText('None');
    await expect(log.detail('Counts towards your supervision hours')).toHaveText(
      'No — Tom Reed has not completed low-intensity supervisor training (as recorded on Supervisors and tutors), so their supervision does not count.',
    );
    await expectAxeClean(page);
    await snap(page, testInfo, 'supervision-not-counted');

    // Tom's supervision is logged, so the main process refuses to make him a tutor.
    await people.open();
    await people.row('Tom Reed').getByRole('button', { name: 'Change Tom Reed' }).click();
    await expect(people.name()).toHaveValue('Tom Reed');
    await people.role().getByLabel('University tutor').check();
    await people.saveButton().click();
    await expect(people.errorSummary()).toContainText(
      'Tom Reed has supervision logged and must stay a supervisor',
    );
    await expect(people.errorIn(people.role())).toContainText('must stay a supervisor');
    await expect(people.role().getByLabel('University tutor')).toBeChecked();
    await expectAxeClean(page);
    await snap(page, testInfo, 'people-role-refused');
  });

  test('a patient code that is not a code is explained next to the box, and the text is kept', async ({
    page,
    app,
  }, testInfo) => {
    await newPortfolio(page, app.url);
    const people = new PeoplePage(page);
    await people.open();
    await people.add(priya);

    const log = new SupervisionPage(page);
    await log.open();
    await log.newButton().click();
    await log.fillByKeyboard({
      date: '2026-03-02',
      type: 'Case management',
      format: 'Individual',
      minutes: 60,
      supervisor: 'Priya',
      patientCodes: 'PT-0042, PT-0107\nJohn Smith',
    });
    await log.submitButton().click();
    const message = 'Patient code 3: Use the pseudonymous patient code, e.g. PT-0042';
    await expect(log.errorSummary()).toBeFocused();
    await expect(log.errorSummary()).toContainText(message);
    await expect(log.errorNextTo(log.patientCodes())).toContainText(message);
    await expect(log.patientCodes()).toHaveValue('PT-0042, PT-0107\nJohn Smith');
    await expect(log.patientCodes()).toHaveAttribute('aria-invalid', 'true');
    await expectAxeClean(page);
    await snap(page, testInfo, 'supervision-code-refused');

    await log
      .errorSummary()
      .getByRole('link', { name: /^Patient code 3/ })
      .click();
    await expect(log.patientCodes()).toBeFocused();
    await log.patientCodes().fill('PT-0042, PT-0107\nPT-0311');
    await log.submitButton().click();
    await expect(log.row('2 Mar 2026').getByRole('cell').nth(5)).toHaveText('3');
  });

  test('both screens reflow at 200 % zoom without scrolling sideways', async ({
    page,
    app,
  }, testInfo) => {
    await newPortfolio(page, app.url);
    const people = new PeoplePage(page);
    await people.open();
    await people.add(priya);
    await people.add(tom);
    // 1280 CSS pixels at 200 % zoom leave 640 for the page.
    await page.setViewportSize({ width: 640, height: 900 });
    await people.addButton().click();
    await people.saveButton().click();
    await expect(people.errorSummary()).toBeVisible();
    expect(await sidewaysOverflow(page)).toBe(0);
    await expectAxeClean(page);
    await snap(page, testInfo, 'people-200-percent');

    const log = new SupervisionPage(page);
    await people.form().getByRole('button', { name: 'Cancel' }).click();
    await log.open();
    await log.newButton().click();
    await log.submitButton().click();
    await expect(log.errorSummary()).toBeVisible();
    expect(await sidewaysOverflow(page)).toBe(0);
    await expectAxeClean(page);
    await snap(page, testInfo, 'supervision-200-percent');
  });

  test('the example portfolio shows its people and sessions, read only', async ({
    page,
    app,
  }, testInfo) => {
    const welcome = new WelcomePage(page);
    await welcome.goto(app.url);
    await page.getByRole('button', { name: 'Explore an example portfolio' }).click();
    const people = new PeoplePage(page);
    await people.open();
    await expect(people.addButton()).toHaveCount(0);
    await expect(people.table().getByRole('button')).toHaveCount(0);
    await expect(people.table()).toContainText('Set up');
    await expectAxeClean(page);
    await snap(page, testInfo, 'people-read-only');

    const log = new SupervisionPage(page);
    await log.open();
    await expect(log.newButton()).toHaveCount(0);
    await expectAxeClean(page);
    await log
      .table()
      .getByRole('button', { name: /^Open supervision session/ })
      .first()
      .click();
    await expect(log.detail('Counts towards your supervision hours')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Correct this entry' })).toHaveCount(0);
    await expectAxeClean(page);
    await snap(page, testInfo, 'supervision-read-only');
  });
});
