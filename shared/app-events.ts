import type { PortfolioSummary } from './schemas/portfolio';

/**
 * What the main process tells the page without being asked — after a menu command or a
 * double-clicked `.pwp` file opened, imported or closed a portfolio — so the page shows it at
 * once instead of being reloaded.
 */
export type AppEvent = {
  type: 'portfolio-changed';
  /** What is open now (null: nothing, so the first screen). */
  summary: PortfolioSummary | null;
};

/** The one channel main → page events travel on. */
export const APP_EVENT_CHANNEL = 'pwp:event';
