import type { Page } from '@playwright/test';
import { expect, expectAxeClean, test } from './support/fixtures';
import type { ContactEntry } from './pages/contacts-page';
import { ContactsPage } from './pages/contacts-page';
import { WelcomePage } from './pages/welcome-page';

const sam = {
  name: 'Sam Patel',
  university: 'University of Exeter',
  service: 'TalkWorks Devon',
  cohort: 'September 2026',
  startDate: '2026-09-07',
};

/** A valid NHS number (its mod-11 check digit is right), which must never be stored. */
const NHS_NUMBER = '943 476 5919';

/** The national programme has seven interventions; 0 is behavioural activation, 4 problem solving. */
const assessment: ContactEntry = {
  patientCode: 'PT-0042',
  kind: 'Ass',
  mode: 'Fa',
  minutes: 45,
  presentation: 'Dep',
  interventions: [0, 4],
  interventionCount: 7,
  phq9: 16,
  gad7: 12,
};

/** Creates Sam's portfolio and opens the clinical contacts log. */
async function startWithNewPortfolio(page: Page, url: string): Promise<ContactsPage> {
  const welcome = new WelcomePage(page);
  await welcome.goto(url);
  await welcome.fillByKeyboard(sam);
  await welcome.createButton().click();
  await expect(page.getByRole('navigation', { name: 'Portfolio' })).toContainText('Sam Patel');
  const contacts = new ContactsPage(page);
  await contacts.open();
  return contacts;
}

/** Fills in a minimal valid contact by pointer (for tests about what happens after). */
async function fillMinimal(contacts: ContactsPage, patientCode: string) {
  await contacts.newButton().click();
  await contacts.patientCode().fill(patientCode);
  await contacts.fillRequired(30);
}

test.describe('clinical contacts log', () => {
  test('a trainee logs a contact with the keyboard alone and sees it counted', async ({
    page,
    app,
  }, testInfo) => {
    const contacts = await startWithNewPortfolio(page, app.url);
    await expect(contacts.count()).toHaveText('0 entries');

    await contacts.newButton().focus();
    await page.keyboard.press('Enter');
    // A new entry starts at its first question; nothing is chosen for the trainee.
    await expect(contacts.patientCode()).toBeFocused();
    await expect(page.getByLabel('Kind of contact')).toHaveValue('');
    await expect(page.getByLabel('Continuing')).not.toBeChecked();
    await contacts.fillByKeyboard({ ...assessment, notes: 'Agreed goals; next session booked.' });
    await expect(page.getByLabel('Kind of contact')).toHaveValue('assessment');
    await expect(page.getByLabel('How the contact took place')).toHaveValue('face-to-face');
    await expect(page.getByLabel('Presenting problem (optional)')).toHaveValue('depression');
    await expect(page.getByLabel('Behavioural activation')).toBeChecked();
    await expect(page.getByLabel('Problem solving')).toBeChecked();
    await expect(page.getByLabel('Exposure therapy')).not.toBeChecked();
    await expect(contacts.minutes()).toHaveValue('45');
    await page.screenshot({ path: testInfo.outputPath('contact-form.png'), fullPage: true });
    // Enter in a field never submits: a submitted entry is permanent.
    await contacts.minutes().press('Enter');
    await contacts.patientCode().press('Enter');
    await expect(contacts.count()).toHaveText('0 entries');
    await expect(page.getByText('Once submitted, an entry cannot be edited')).toBeVisible();
    await contacts.notes().focus();
    await page.keyboard.press('Tab');
    await expect(contacts.submitButton()).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page.getByText('Contact saved.')).toBeVisible();
    await expect(contacts.count()).toHaveText('1 entry');
    const row = contacts.row('PT-0042');
    await expect(row).toContainText('Assessment');
    await expect(row).toContainText('Face to face');
    await expect(row).toContainText('45');
    await expect(row).toContainText('16 / 12');
    await expect(row).toContainText('Submitted');
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('contact-list.png'), fullPage: true });
  });

  test('an NHS number in the notes is refused, said why, and nothing typed is lost', async ({
    page,
    app,
  }, testInfo) => {
    const contacts = await startWithNewPortfolio(page, app.url);
    await contacts.newButton().click();
    await contacts.patientCode().fill('PT-0007');
    await contacts.fillRequired(30);
    await contacts.phq9().fill('30');
    await contacts.notes().fill(`Patient gave ${NHS_NUMBER} on the phone`);
    await contacts.submitButton().click();

    await expect(contacts.errorSummary()).toBeFocused();
    await expect(contacts.errorSummary()).toContainText('looks like an NHS number');
    await expect(contacts.errorSummary()).toContainText('The PHQ-9 score cannot be above 27');
    await expect(contacts.errorNextTo(contacts.notes())).toContainText(
      'looks like an NHS number (characters 14–25)',
    );
    // The message says where, never repeats the number itself.
    await expect(contacts.errorNextTo(contacts.notes())).not.toContainText(NHS_NUMBER);
    await expect(contacts.notes()).toHaveAttribute('aria-invalid', 'true');
    await expect(contacts.notes()).toHaveValue(`Patient gave ${NHS_NUMBER} on the phone`);
    await expect(contacts.patientCode()).toHaveValue('PT-0007');
    await expect(contacts.phq9()).toHaveValue('30');
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('contact-errors.png'), fullPage: true });
    // At 200 % zoom a 1280-pixel window is 640 CSS pixels wide: nothing may be cut off.
    await page.setViewportSize({ width: 640, height: 720 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      640,
    );
    await page.screenshot({ path: testInfo.outputPath('contact-errors-200.png'), fullPage: true });

    // The summary's link takes the person to the field.
    await contacts
      .errorSummary()
      .getByRole('link', { name: /looks like an NHS number/ })
      .click();
    await expect(contacts.notes()).toBeFocused();
    await expect(contacts.count()).toHaveText('0 entries');
  });

  test('a draft contact is saved, changed and then submitted', async ({ page, app }) => {
    const contacts = await startWithNewPortfolio(page, app.url);
    await fillMinimal(contacts, 'PT-0100');
    await contacts.draftButton().click();
    await expect(page.getByText('Draft contact saved.')).toBeVisible();
    await expect(contacts.row('PT-0100')).toContainText('Draft');

    await contacts.openRow('PT-0100');
    await expect(page.getByRole('heading', { level: 2, name: 'Draft contact' })).toBeVisible();
    await expect(contacts.patientCode()).toHaveValue('PT-0100');
    await expect(contacts.minutes()).toHaveValue('30');
    await contacts.minutes().fill('25');
    await contacts.gad7().fill('8');
    await contacts.submitButton().click();

    await expect(page.getByText('Contact saved.')).toBeVisible();
    const row = contacts.row('PT-0100');
    await expect(row).toContainText('Submitted');
    await expect(row).toContainText('25');
    // No PHQ-9 was taken: a dash on screen, words for a screen reader.
    await expect(row).toContainText('–not taken / 8');
    await expect(contacts.count()).toHaveText('1 entry');
  });

  test('a submitted contact is corrected with a reason and the original kept', async ({
    page,
    app,
  }, testInfo) => {
    const contacts = await startWithNewPortfolio(page, app.url);
    await fillMinimal(contacts, 'PT-0200');
    await contacts.submitButton().click();
    await expect(page.getByText('Contact saved.')).toBeVisible();

    await contacts.openRow('PT-0200');
    await page.getByRole('button', { name: 'Correct this entry' }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Correct this contact' }),
    ).toBeVisible();
    await contacts.minutes().fill('50');
    await page.getByRole('button', { name: 'Save correction' }).click();
    await expect(contacts.errorSummary()).toContainText('Say why this entry needs correcting');
    await page.getByLabel('Reason for the correction').fill('Session ran over; it was 50 minutes');
    await page.getByRole('button', { name: 'Save correction' }).click();

    await expect(page.getByText('Correction saved.')).toBeVisible();
    await expect(contacts.count()).toHaveText('2 entries');
    await contacts.show().selectOption({ label: 'Corrected (superseded)' });
    await expect(contacts.count()).toHaveText('1 of 2 entries shown');
    const original = contacts.row('PT-0200');
    await expect(original).toContainText('Corrected');
    await expect(original).toContainText('30');

    await contacts.openRow('PT-0200');
    await expect(page.getByText('This entry was corrected on')).toBeVisible();
    // Escape closes the entry and puts focus back on the row that opened it.
    await page.keyboard.press('Escape');
    await expect(
      contacts.row('PT-0200').getByRole('button', { name: /^Open contact/ }),
    ).toBeFocused();
    await contacts.openRow('PT-0200');
    await expect(page.getByText('Session ran over; it was 50 minutes')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Correct this entry' })).toHaveCount(0);
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('contact-corrected.png'), fullPage: true });
  });

  test('the example portfolio’s contacts can be searched, sorted and read, not changed', async ({
    page,
    app,
  }, testInfo) => {
    const welcome = new WelcomePage(page);
    await welcome.goto(app.url);
    await page.getByRole('button', { name: 'Explore an example portfolio' }).click();
    const contacts = new ContactsPage(page);
    await contacts.open();
    await expect(contacts.newButton()).toHaveCount(0);
    const total = Number((await contacts.count().textContent())?.match(/^(\d+) entries$/)?.[1]);
    expect(total).toBeGreaterThan(300);

    // Search narrows the list to one patient's contacts.
    const firstCode =
      (await contacts.table().getByRole('row').nth(1).getByRole('cell').nth(1).textContent()) ?? '';
    expect(firstCode).toMatch(/^[A-Z]{1,4}-?\d{1,6}$/);
    await contacts.search().fill(firstCode);
    await expect(contacts.count()).toHaveText(new RegExp(`^\\d+ of ${total} entries shown$`));
    const shown = contacts.table().getByRole('row');
    for (const cell of await shown.locator('td:nth-child(2)').allTextContents()) {
      expect(cell).toBe(firstCode);
    }
    await contacts.search().fill('');

    // Sorting by length puts the shortest contact first, then the longest.
    const minutesHeader = contacts.table().getByRole('columnheader', { name: /^Minutes/ });
    await minutesHeader.getByRole('button').click();
    await expect(minutesHeader).toHaveAttribute('aria-sort', 'ascending');
    const firstMinutes = async () =>
      Number(
        await contacts
          .table()
          .locator('tbody tr:not([aria-hidden]) td:nth-child(5)')
          .first()
          .textContent(),
      );
    const shortest = await firstMinutes();
    await minutesHeader.getByRole('button').click();
    await expect(minutesHeader).toHaveAttribute('aria-sort', 'descending');
    const longest = await firstMinutes();
    expect(longest).toBeGreaterThan(shortest);
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('example-list.png'), fullPage: true });

    // A contact opens read-only, described in words, with no way to change it.
    await contacts
      .table()
      .getByRole('button', { name: /^Open contact/ })
      .first()
      .click();
    const details = page.getByRole('region', { name: 'Contact' });
    await expect(details.getByText('Patient code')).toBeVisible();
    await expect(details.getByText('Outcome')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Correct this entry' })).toHaveCount(0);
    await expectAxeClean(page);
    await page.screenshot({ path: testInfo.outputPath('example-contact.png'), fullPage: true });
  });
});
