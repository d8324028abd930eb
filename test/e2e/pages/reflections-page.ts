import type { Locator, Page } from '@playwright/test';
import { fillDate } from './dates';

/** The "Reflections" screen: the entry form and the list of reflections. */
export class ReflectionsPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1, name: 'Reflections' });
  readonly newButton = () => this.page.getByRole('button', { name: 'Log a new reflection' });
  readonly table = () => this.page.getByRole('table', { name: 'Reflections', exact: true });
  readonly title = () => this.page.getByLabel('Title', { exact: true });
  readonly text = () => this.page.getByLabel('Reflection', { exact: true });
  readonly intervention = () => this.page.getByLabel('Intervention (optional)');
  readonly keepPrivate = () => this.page.getByLabel('Keep this reflection private');
  readonly submitButton = () => this.page.getByRole('button', { name: 'Submit' });

  async open() {
    await this.page
      .getByRole('navigation', { name: 'Portfolio' })
      .getByRole('button', { name: 'Reflections', exact: true })
      .click();
    await this.heading().waitFor();
  }

  row(title: string): Locator {
    return this.table().getByRole('row').filter({ hasText: title });
  }

  async openRow(title: string) {
    await this.row(title)
      .getByRole('button', { name: /^Open reflection/ })
      .click();
  }

  /** Writes and submits a reflection, ticking "private" with the Space key when asked. */
  async add(entry: { title: string; text: string; private: boolean }) {
    await this.newButton().click();
    await fillDate(this.page);
    await this.title().fill(entry.title);
    await this.text().fill(entry.text);
    if (entry.private) {
      await this.keepPrivate().focus();
      await this.page.keyboard.press('Space');
    }
    await this.submitButton().click();
    await this.page.getByRole('status').filter({ hasText: 'Reflection saved.' }).waitFor();
  }
}
