import { randomUUID } from 'node:crypto';
import { localToday } from '../../shared/dates';
import type { Change } from '../../shared/domain/changes';
import { AppError } from '../../shared/errors';
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
  const apply = async (change: Change, reason?: string) => {
    await library.apply(change, reason);
  };
  const today = () => localToday(now());

  return {
    add: async ({
      collection,
      record,
    }: {
      collection: CollectionName;
      record: Record<string, unknown>;
    }) => {
      const stored = fresh(record);
      await apply({ type: 'record-add', collection, record: stored, today: today() });
      return find(collection, stored.id);
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
      await apply({
        type: 'record-update-draft',
        collection,
        record: { ...rest, id, recordedAt: existing.recordedAt },
        today: today(),
      });
      return find(collection, id);
    },
    submit: async ({ collection, id }: { collection: CollectionName; id: string }) => {
      await apply({ type: 'record-submit', collection, id, today: today() });
      return null;
    },
    deleteDraft: async ({ collection, id }: { collection: CollectionName; id: string }) => {
      await apply({ type: 'record-delete-draft', collection, id });
      return null;
    },
    amend: async (input: {
      collection: CollectionName;
      supersedes: string;
      reason: string;
      record: Record<string, unknown>;
    }) => {
      const stored = { ...fresh(input.record), state: 'submitted' };
      await apply(
        {
          type: 'record-amend',
          collection: input.collection,
          supersedes: input.supersedes,
          reason: input.reason,
          record: stored,
          today: today(),
        },
        input.reason,
      );
      return find(input.collection, stored.id);
    },
  };
}
