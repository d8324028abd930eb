import type { Page } from '@playwright/test';
import type { NewPortfolio } from './welcome-page';
import { WelcomePage } from './welcome-page';

/** The open portfolio: its navigation, and helpers to reach a log. */
export class WorkspacePage {
  constructor(readonly page: Page) {}

  readonly nav = () => this.page.getByRole('navigation', { name: 'Portfolio' });

  /** Creates a portfolio from the first screen and waits for its dashboard. */
  static async withNewPortfolio(
    page: Page,
    url: string,
    portfolio: NewPortfolio,
  ): Promise<WorkspacePage> {
    const welcome = new WelcomePage(page);
    await welcome.goto(url);
    await welcome.fillByKeyboard(portfolio);
    await welcome.createButton().click();
    const workspace = new WorkspacePage(page);
    await workspace.nav().waitFor();
    return workspace;
  }

  async open(screen: string) {
    await this.nav().getByRole('button', { name: screen, exact: true }).click();
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  async close() {
    await this.nav().getByRole('button', { name: 'Close portfolio' }).click();
  }
}

export const sam: NewPortfolio = {
  name: 'Sam Patel',
  university: 'University of Exeter',
  service: 'TalkWorks Devon',
  cohort: 'January 2027',
  startDate: '2027-01-11',
};
