import type { Locator, Page } from '@playwright/test';
import { fillDate, todayIso } from './dates';

export interface EvidenceEntry {
  /** What to type on the closed intervention select to choose it, e.g. "Behavioural". */
  intervention: string;
  /** How many times to press ArrowDown in the kind radios after choosing the first. */
  kindSteps?: number;
  /** `YYYY-MM-DD`; today when left out. */
  date?: string;
  title: string;
  description: string;
}

/** The "Evidence" screen: the per-intervention summary, the entry form and the list. */
export class EvidencePage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1, name: 'Evidence' });
  readonly newButton = () => this.page.getByRole('button', { name: 'Log a new evidence item' });
  readonly summary = () =>
    this.page.getByRole('table', { name: 'Where each intervention has got to' });
  readonly table = () => this.page.getByRole('table', { name: 'Evidence', exact: true });
  readonly intervention = () => this.page.getByLabel('Intervention', { exact: true });
  readonly title = () => this.page.getByLabel('Title', { exact: true });
  readonly reason = () => this.page.getByLabel('Reason for the correction');
  readonly saved = (text: string) => this.page.getByRole('status').filter({ hasText: text });

  async open() {
    await this.page
      .getByRole('navigation', { name: 'Portfolio' })
      .getByRole('button', { name: 'Evidence', exact: true })
      .click();
    await this.heading().waitFor();
  }

  /** The summary's row for an intervention, found by its row header. */
  summaryRow(intervention: string): Locator {
    return this.summary()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: intervention, exact: true }) });
  }

  /** The stage tag in an intervention's summary row. */
  stage(intervention: string): Locator {
    return this.summaryRow(intervention).getByRole('cell').first();
  }

  row(title: string): Locator {
    return this.table().getByRole('row').filter({ hasText: title });
  }

  async openRow(title: string) {
    await this.row(title)
      .getByRole('button', { name: /^Open evidence item/ })
      .click();
  }

  /** Answers the intervention, kind (observed practice) and date (today) by pointer. */
  async fillRequired() {
    await this.intervention().selectOption({ index: 1 });
    await this.page.getByLabel('Observed practice').check();
    await fillDate(this.page);
  }

  /**
   * Fills the new-evidence form with the keyboard alone, from its first field (where a new entry
   * starts): type a few letters to choose in a select, Space then arrows in the radios (nothing
   * is chosen for the trainee), Tab from field to field, the date typed.
   */
  async fillByKeyboard(entry: EvidenceEntry) {
    const { keyboard } = this.page;
    await this.intervention().focus();
    await keyboard.type(entry.intervention);
    await keyboard.press('Tab');
    await keyboard.press('Space');
    for (let step = 0; step < (entry.kindSteps ?? 0); step += 1) await keyboard.press('ArrowDown');
    const [year = '', month = '', day = ''] = (entry.date ?? todayIso()).split('-');
    for (const part of [String(Number(day)), String(Number(month)), year]) {
      await keyboard.press('Tab');
      await keyboard.type(part);
    }
    await keyboard.press('Tab');
    await keyboard.type(entry.title);
    await keyboard.press('Tab');
    await keyboard.type(entry.description);
  }

  /** Opens a submitted entry and saves a correction of its title, with a reason. */
  async correctTitle(title: string, newTitle: string, reason: string) {
    await this.openRow(title);
    await this.page.getByRole('button', { name: 'Correct this entry' }).click();
    await this.title().fill(newTitle);
    await this.reason().fill(reason);
    await this.page.getByRole('button', { name: 'Save correction' }).click();
    await this.saved('Correction saved').waitFor();
  }
}
