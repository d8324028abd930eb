import type { Locator, Page } from '@playwright/test';

export interface SessionEntry {
  /** `YYYY-MM-DD`. */
  date: string;
  type: 'Case management' | 'Clinical skills';
  format: 'Individual' | 'Group';
  minutes: number;
  /** The supervisor's option text, as the select shows it. */
  supervisor: string;
  /** What is typed into the patient-codes box, as typed. */
  patientCodes: string;
  notes?: string;
}

/** The "Supervision" log: the entry form above the list of sessions. */
export class SupervisionPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1, name: 'Supervision' });
  readonly newButton = () =>
    this.page.getByRole('button', { name: 'Log a new supervision session' });
  readonly editor = () => this.page.getByRole('region', { name: /supervision session$/i });
  readonly errorSummary = () => this.page.getByRole('alert');
  readonly submitButton = () => this.page.getByRole('button', { name: 'Submit' });
  readonly day = () => this.page.getByLabel('Day');
  readonly type = () => this.page.getByRole('group', { name: 'Type of supervision' });
  readonly format = () => this.page.getByRole('group', { name: 'Format' });
  readonly minutes = () => this.page.getByLabel('Length of the session, in minutes');
  readonly supervisor = () => this.page.getByLabel('Supervisor', { exact: true });
  readonly patientCodes = () => this.page.getByLabel('Patient codes reviewed');
  readonly notes = () => this.page.getByLabel('Notes (optional)');
  readonly table = () => this.page.getByRole('table', { name: 'Supervision' });
  /** The read-only view of a submitted session: label → value. */
  readonly details = () => this.editor().locator('.nhsuk-summary-list');

  async open() {
    await this.page
      .getByRole('navigation', { name: 'Portfolio' })
      .getByRole('button', { name: 'Supervision', exact: true })
      .click();
    await this.heading().waitFor();
  }

  row(text: string): Locator {
    return this.table().getByRole('row').filter({ hasText: text });
  }

  async openRow(text: string) {
    await this.row(text)
      .getByRole('button', { name: /^Open supervision session/ })
      .click();
  }

  /** The value the read-only view shows for a label. */
  detail(label: string): Locator {
    return this.details()
      .locator('.nhsuk-summary-list__row')
      .filter({ has: this.page.locator('dt', { hasText: label }) })
      .locator('dd');
  }

  /** The error message shown inside a field's NHS.UK form group. */
  errorNextTo(field: Locator): Locator {
    return field
      .locator('xpath=ancestor::div[contains(@class, "nhsuk-form-group")][1]')
      .locator('.nhsuk-error-message');
  }

  /**
   * Fills the new-session form with the keyboard alone, from its first field (where a new entry
   * starts): Tab between fields, Space or the arrows in a radio group (nothing is chosen for the
   * trainee), typing to choose in the closed select.
   */
  async fillByKeyboard(entry: SessionEntry) {
    const { keyboard } = this.page;
    const replace = async (text: string) => {
      await keyboard.press('ControlOrMeta+a');
      await keyboard.type(text);
    };
    const [year = '', month = '', day = ''] = entry.date.split('-');
    await this.day().focus();
    await replace(String(Number(day)));
    await keyboard.press('Tab');
    await replace(String(Number(month)));
    await keyboard.press('Tab');
    await replace(year);
    // A radio group is one Tab stop. With nothing chosen the first radio takes focus: Space
    // chooses it, ArrowDown moves to (and chooses) the second.
    await keyboard.press('Tab');
    await keyboard.press(entry.type === 'Clinical skills' ? 'ArrowDown' : 'Space');
    await keyboard.press('Tab');
    await keyboard.press(entry.format === 'Group' ? 'ArrowDown' : 'Space');
    await keyboard.press('Tab');
    await replace(String(entry.minutes));
    await keyboard.press('Tab');
    await keyboard.type(entry.supervisor);
    await keyboard.press('Tab');
    await keyboard.type(entry.patientCodes);
    await keyboard.press('Tab');
    await keyboard.type(entry.notes ?? '');
  }
}
