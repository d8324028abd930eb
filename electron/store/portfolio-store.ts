import type { Change } from '../../shared/domain/changes';
import { changeSubject } from '../../shared/domain/changes';
import type { HistoryItem } from '../../shared/history';
import type { Portfolio } from '../../shared/schemas/portfolio';
import type { RecoveryOutcome } from '../../shared/store-problems';
import type { StoreOptions } from './document-store';
import { DocumentStore } from './document-store';
import type { Inspection } from './inspect';
import { inspectDocument } from './inspect';
import type { JournalEntry } from './journal';
import { journalCodec } from './journal';
import { portfolioKind } from './portfolio-kind';
import { newestReadableCopy, recoverDocument } from './recovery';
import type { StorePaths } from './store-files';
import { storePaths as storePathsOf } from './store-files';

/**
 * The trainee portfolio in the generic document store: the kind bound once, so callers say
 * `PortfolioStore.open(folder)` and get a `DocumentStore<Portfolio, Change>`.
 */
export type PortfolioStore = DocumentStore<Portfolio, Change>;

export const PortfolioStore = {
  create: (folder: string, portfolio: Portfolio, options?: StoreOptions) =>
    DocumentStore.create(portfolioKind, folder, portfolio, options),
  open: (folder: string, options?: StoreOptions) =>
    DocumentStore.open(portfolioKind, folder, options),
};

export type { StorePaths, StoreOptions };

/** The files of a portfolio's folder (`portfolio.json`, its journal, history, backups…). */
export function storePaths(folder: string): StorePaths {
  return storePathsOf(folder, portfolioKind.name);
}

/** Reads a portfolio folder as opening would, writing nothing. */
export function inspectPortfolio(paths: StorePaths): Promise<Inspection<Portfolio>> {
  return inspectDocument(portfolioKind, journalCodec(portfolioKind.changeSchema), paths);
}

/** Recovers a portfolio folder from any damage the store can detect (see `recoverDocument`). */
export function recoverPortfolio(folder: string, now: Date): Promise<RecoveryOutcome> {
  return recoverDocument(portfolioKind, folder, now);
}

/** The newest readable copy of a portfolio, to name it when it will not open. */
export function newestPortfolioCopy(paths: StorePaths): Promise<Portfolio | null> {
  return newestReadableCopy(portfolioKind, paths);
}

/** A portfolio's history as people read it: who changed which entry, when, how and why. */
export function historyItems(entries: JournalEntry<Change>[], recordId?: string): HistoryItem[] {
  return entries
    .map(toHistoryItem)
    .filter((item) => recordId === undefined || item.recordId === recordId);
}

function toHistoryItem(entry: JournalEntry<Change>): HistoryItem {
  const { collection, recordId } = changeSubject(entry.change);
  const after =
    'record' in entry.change
      ? entry.change.record
      : 'trainee' in entry.change
        ? entry.change.trainee
        : 'person' in entry.change
          ? entry.change.person
          : null;
  return {
    seq: entry.seq,
    at: entry.at,
    by: entry.by,
    reason: entry.reason,
    action: entry.change.type,
    collection,
    recordId,
    after,
    before: entry.before ?? null,
  };
}
