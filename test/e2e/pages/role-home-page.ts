import type { Locator, Page } from '@playwright/test';

export type RoleLabel = 'Trainee PWP' | 'Workplace supervisor' | 'University clinical educator';

/** The role choice above every home, and the supervisor's and educator's homes below it. */
export class RoleHomePage {
  constructor(readonly page: Page) {}

  static readonly headings = {
    'Trainee PWP': 'Your PWP practice portfolio',
    'Workplace supervisor': 'Workplace supervisor home',
    'University clinical educator': 'Clinical educator home',
  } as const satisfies Record<RoleLabel, string>;

  readonly roleChoice = () => this.page.getByRole('region', { name: 'Your role' });
  readonly heading = (role: RoleLabel) =>
    this.page.getByRole('heading', { level: 1, name: RoleHomePage.headings[role] });
  readonly exampleButton = () =>
    this.page.getByRole('button', { name: 'Explore an example portfolio' });

  async choose(role: RoleLabel) {
    // A click, not check(): the choice shows as made once the app has saved the setting.
    await this.roleChoice().getByLabel(role).click();
    await this.heading(role).waitFor();
  }

  /** Presses Tab until `target` has focus, as a keyboard user would; fails after `limit` presses. */
  async tabTo(target: Locator, limit = 40) {
    for (let i = 0; i < limit; i++) {
      await this.page.keyboard.press('Tab');
      if (await target.evaluate((element) => element === document.activeElement)) return;
    }
    throw new Error(`${target.toString()} was not reached with ${String(limit)} presses of Tab`);
  }

  /** Whether the page is wider than its window (it should never scroll sideways). */
  async overflowsSideways(): Promise<boolean> {
    return this.page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
  }
}
