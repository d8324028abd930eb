import type { Page } from '@playwright/test';

/** The dashboard: exam-board readiness, the tiles, and the next step offered for each. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1, name: 'Your progress' });
  readonly readiness = () => this.page.getByRole('region', { name: /ready for the exam board/i });
  readonly tiles = () => this.page.getByRole('region', { name: 'At a glance' });

  /** A next-step action, found by the name a screen reader announces for it. */
  action(name: string | RegExp) {
    return this.page.getByRole('button', { name });
  }
}
