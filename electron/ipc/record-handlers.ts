import { randomUUID } from 'node:crypto';
import { localToday } from '../../shared/dates';
import type { Change } from '../../shared/domain/changes';
import { progressReport } from '../../shared/domain/progress-report';
import { AppError } from '../../shared/errors';
import type { SaveResult } from '../../shared/ipc-contract';
import type { CollectionName, StoredRecord } from '../../shared/schemas/portfolio';
import type { PortfolioLibrary } from '../store/portfolio-library';

/**
 * Turns the renderer's record calls into store changes. The main process, not the page, decides a
 * new record's id and when it was written, and a page can never slip a correction in as a plain
 * addition: `amends` is only ever set from `record:amend`, with its reason. Every change carries
 * this computer's calendar date (`today`), so the rules for new entries are checked as it is
 * saved (`shared/domain/entry-rules.ts`), and only then.
 */
export function recordHandlers(library: PortfolioLibrary, now: () => Date) {
  const find = (collection: CollectionName, id: string): StoredRecord => {
    const record = (library.document()[collection] as StoredRecord[]).find((r) => r.id === id);
    if (!record) throw new AppError('record-not-found');
    return record;
  };
  const fresh = (record: Record<string, unknown>) => {
    const { amends: _amends, ...rest } = record;
    return { ...rest, id: randomUUID(), recordedAt: now().toISOString() };
  };
  const today = () => localToday(now());
  /**
   * One round trip per save: the answer carries the change exactly as accepted (so the page
   * applies the same pure change to its copy) and the new progress report.
   */
  const save = async (
    change: Change,
    stored: { collection: CollectionName; id: string } | null,
    reason?: string,
  ): Promise<SaveResult> => {
    const { document, entry } = await library.applyEntry(change, reason);
    return {
      record: stored ? find(stored.collection, stored.id) : null,
      change: entry.change,
      at: entry.at,
      report: progressReport(document, today(), { verifier: library.verifier }),
    };
  };

  return {
    add: async ({
      collection,
      record,
    }: {
      collection: CollectionName;
      record: Record<string, unknown>;
    }) => {
      const stored = fresh(record);
      return save(
        { type: 'record-add', collection, record: stored, today: today() },
        {
          collection,
          id: stored.id,
        },
      );
    },
    updateDraft: async ({
      collection,
      id,
      record,
    }: {
      collection: CollectionName;
      id: string;
      record: Record<string, unknown>;
    }) => {
      const existing = find(collection, id);
      const { amends: _amends, ...rest } = record;
      return save(
        {
          type: 'record-update-draft',
          collection,
          record: { ...rest, id, recordedAt: existing.recordedAt },
          today: today(),
        },
        { collection, id },
      );
    },
    submit: async ({ collection, id }: { collection: CollectionName; id: string }) => {
      return save({ type: 'record-submit', collection, id, today: today() }, { collection, id });
    },
    deleteDraft: async ({ collection, id }: { collection: CollectionName; id: string }) => {
      return save({ type: 'record-delete-draft', collection, id }, null);
    },
    amend: async (input: {
      collection: CollectionName;
      supersedes: string;
      reason: string;
      record: Record<string, unknown>;
    }) => {
      const stored = { ...fresh(input.record), state: 'submitted' };
      return save(
        {
          type: 'record-amend',
          collection: input.collection,
          supersedes: input.supersedes,
          reason: input.reason,
          record: stored,
          today: today(),
        },
        { collection: input.collection, id: stored.id },
        input.reason,
      );
    },
  };
}
