import type { Change } from './domain/changes';
import type { ErrorCode } from './errors';
import type { PortfolioSummary } from './schemas/portfolio';

/** One line of a portfolio's append-only history: who changed what, when and why. */
export interface HistoryItem {
  seq: number;
  at: string;
  by: string;
  reason: string | null;
  action: Change['type'];
  collection: string;
  recordId: string | null;
  /** The record (or profile, or person) as the change left it; null for submit and delete. */
  after: unknown;
  /** What it was before an edit, submission or deletion; null for additions. */
  before: unknown;
}

export interface RecoveryReport {
  summary: PortfolioSummary;
  /** Where the damaged snapshot was moved; it is never deleted. */
  keptDamagedAt: string;
  /** The backup file the portfolio was rebuilt from (the history since was replayed on top). */
  backup: string;
}

/** The portfolios in the data folder, and any that could not be read (left untouched). */
export interface PortfolioListing {
  portfolios: PortfolioSummary[];
  unreadable: { id: string; code: ErrorCode }[];
}
