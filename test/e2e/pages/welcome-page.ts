import type { Page } from '@playwright/test';

export interface NewPortfolio {
  name: string;
  university: string;
  service: string;
  cohort: string;
  startDate: string;
}

/** The first screen: the list of portfolios and the form that creates one. */
export class WelcomePage {
  constructor(readonly page: Page) {}

  readonly heading = () =>
    this.page.getByRole('heading', { level: 1, name: 'Your PWP practice portfolio' });
  readonly createButton = () => this.page.getByRole('button', { name: 'Create portfolio' });
  readonly errorSummary = () => this.page.getByRole('alert');

  async goto(url: string) {
    await this.page.goto(url);
    await this.heading().waitFor();
  }

  /** Fills the form by keyboard only: Tab between fields, as a keyboard user would. */
  async fillByKeyboard(portfolio: NewPortfolio) {
    await this.page.getByLabel('Your name').focus();
    await this.page.keyboard.type(portfolio.name);
    for (const value of [portfolio.university, portfolio.service, portfolio.cohort]) {
      await this.page.keyboard.press('Tab');
      await this.page.keyboard.type(value);
    }
    const [year, month, day] = portfolio.startDate.split('-');
    for (const value of [day, month, year]) {
      await this.page.keyboard.press('Tab');
      await this.page.keyboard.type(String(value));
    }
  }

  openButton(name: string) {
    return this.page.getByRole('button', { name: `Open portfolio of ${name}` });
  }
}
