import type { Locator, Page } from '@playwright/test';

/** The "History" screen: every change to the portfolio, newest first. */
export class HistoryPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1, name: 'History' });
  readonly table = () =>
    this.page.getByRole('table', { name: 'Changes to this portfolio, newest first' });
  readonly kind = () => this.page.getByLabel('Kind of entry');
  readonly search = () => this.page.getByLabel('Search the history');
  readonly count = () => this.page.getByRole('status').filter({ hasText: /change/ });

  async open() {
    await this.page
      .getByRole('navigation', { name: 'Portfolio' })
      .getByRole('button', { name: 'History', exact: true })
      .click();
    await this.heading().waitFor();
  }

  /** The body rows of a history table (the first row holds the headers). */
  static rows(table: Locator): Locator {
    return table.getByRole('row').filter({ hasNot: table.page().getByRole('columnheader') });
  }

  /** Opens a change's values: its "What" cell is a disclosure named by the action. */
  async expand(row: Locator) {
    await row.locator('summary').click();
  }
}

/** The history of one entry, shown under the entry in its log. */
export class RecordHistoryPanel {
  constructor(readonly page: Page) {}

  readonly showButton = () =>
    this.page.getByRole('button', { name: 'Show the history of this entry' });
  readonly table = () =>
    this.page.getByRole('table', { name: 'Changes to this entry, newest first' });
}
