import type { Locator, Page } from '@playwright/test';
import { fillDate, todayIso } from './dates';

export interface ContactEntry {
  patientCode: string;
  /** `YYYY-MM-DD`; today when left out (typed: the form fills in nothing). */
  date?: string;
  /** What to type on the closed select to choose the kind, e.g. "Assessment". */
  kind: string;
  mode: string;
  minutes: number;
  presentation?: string;
  /** Positions (0-based) of the intervention boxes to tick, in programme order. */
  interventions: number[];
  interventionCount: number;
  phq9?: number;
  gad7?: number;
  wsas?: number;
  notes?: string;
  /** How many times to press ArrowDown in the outcome radios after choosing the first. */
  outcomeSteps?: number;
}

/** The "Clinical contacts" screen: the entry form above the list of contacts. */
export class ContactsPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1, name: 'Clinical contacts' });
  readonly newButton = () => this.page.getByRole('button', { name: 'Log a new contact' });
  readonly editor = () => this.page.getByRole('region', { name: /contact$/i });
  readonly errorSummary = () => this.page.getByRole('alert');
  readonly submitButton = () => this.page.getByRole('button', { name: 'Submit' });
  readonly draftButton = () => this.page.getByRole('button', { name: 'Save as draft' });
  readonly patientCode = () => this.page.getByLabel('Patient code');
  readonly minutes = () => this.page.getByLabel('Length in minutes');
  readonly notes = () => this.page.getByLabel('Notes (optional)');
  readonly phq9 = () => this.page.getByLabel('PHQ-9 (0 to 27)');
  readonly gad7 = () => this.page.getByLabel('GAD-7 (0 to 21)');
  readonly table = () => this.page.getByRole('table', { name: 'Clinical contacts' });
  readonly search = () => this.page.getByLabel('Search clinical contacts');
  readonly show = () => this.page.getByLabel('Show');
  /** The "N entries" / "N of M entries shown" line above the list. */
  readonly count = () => this.page.getByRole('status').filter({ hasText: /entr(y|ies)/ });

  async open() {
    await this.page
      .getByRole('navigation', { name: 'Portfolio' })
      .getByRole('button', {
        name: 'Clinical contacts',
      })
      .click();
    await this.heading().waitFor();
  }

  /** The list's row for a patient code (the list shows one row per contact). */
  row(patientCode: string): Locator {
    return this.table().getByRole('row').filter({ hasText: patientCode });
  }

  /** Opens a contact from the list by the date button in its row. */
  async openRow(patientCode: string) {
    await this.row(patientCode)
      .getByRole('button', { name: /^Open contact/ })
      .click();
  }

  /** The error message shown next to a field, inside its NHS.UK form group. */
  errorNextTo(field: Locator): Locator {
    return field
      .locator('xpath=ancestor::div[contains(@class, "nhsuk-form-group")][1]')
      .locator('.nhsuk-error-message');
  }

  /**
   * Answers every question but the patient code by pointer: today's date, a telephone treatment
   * session of `minutes` using behavioural activation, outcome continuing. The form chooses nothing for the trainee.
   */
  async fillRequired(minutes = 30) {
    await fillDate(this.page);
    await this.page.getByLabel('Kind of contact').selectOption('treatment');
    await this.page.getByLabel('How the contact took place').selectOption('telephone');
    await this.minutes().fill(String(minutes));
    // A treatment session names what was used in it.
    await this.page.getByLabel('Behavioural activation').check();
    await this.page.getByLabel('Continuing').check();
  }

  /**
   * Fills the new-contact form with the keyboard alone, as a keyboard user would: Tab from field
   * to field, type, type a letter to choose in a select, Space to tick or to choose a radio.
   */
  async fillByKeyboard(entry: ContactEntry) {
    const { keyboard } = this.page;
    const replace = async (text: string) => {
      await keyboard.press('ControlOrMeta+a');
      await keyboard.type(text);
    };
    await this.patientCode().focus();
    await keyboard.type(entry.patientCode);
    const [year = '', month = '', day = ''] = (entry.date ?? todayIso()).split('-');
    for (const part of [String(Number(day)), String(Number(month)), year]) {
      await keyboard.press('Tab');
      await replace(part);
    }
    await keyboard.press('Tab');
    await keyboard.type(entry.kind);
    await keyboard.press('Tab');
    await keyboard.type(entry.mode);
    await keyboard.press('Tab');
    await replace(String(entry.minutes));
    await keyboard.press('Tab');
    if (entry.presentation) await keyboard.type(entry.presentation);
    for (let index = 0; index < entry.interventionCount; index += 1) {
      await keyboard.press('Tab');
      if (entry.interventions.includes(index)) await keyboard.press('Space');
    }
    for (const score of [entry.phq9, entry.gad7, entry.wsas]) {
      await keyboard.press('Tab');
      if (score !== undefined) await keyboard.type(String(score));
    }
    // Into the outcome radios: none is chosen, so the first takes focus; Space chooses it.
    await keyboard.press('Tab');
    await keyboard.press('Space');
    for (let step = 0; step < (entry.outcomeSteps ?? 0); step += 1)
      await keyboard.press('ArrowDown');
    await keyboard.press('Tab');
    if (entry.notes) await keyboard.type(entry.notes);
  }
}
