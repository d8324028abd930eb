import type { Change } from './domain/changes';
import type { ErrorCode } from './errors';
import type { PortfolioSummary } from './schemas/portfolio';
import type { RecoveryOutcome, StoreProblem } from './store-problems';

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

/** What recovering a portfolio did, and the portfolio as it now opens. */
export interface RecoveryReport extends RecoveryOutcome {
  summary: PortfolioSummary;
}

/** A portfolio in the data folder that will not open, and why (its files are left untouched). */
export interface UnreadablePortfolio {
  id: string;
  code: ErrorCode;
  /** What is wrong, where the store could tell; null for other failures (e.g. permissions). */
  problem: StoreProblem | null;
  /** Whether Recover can help: damage, not a newer version or a permission problem. */
  recoverable: boolean;
  /** The trainee's name from the newest readable copy, so the person knows whose it is. */
  traineeName: string | null;
}

/** The portfolios in the data folder, and any that could not be read (left untouched). */
export interface PortfolioListing {
  portfolios: PortfolioSummary[];
  unreadable: UnreadablePortfolio[];
}
