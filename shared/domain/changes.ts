import { z } from 'zod';
import type { CollectionName, Portfolio, StoredRecord } from '../schemas/portfolio';
import { collectionNames, recordCollections, traineeProfileSchema } from '../schemas/portfolio';
import { calendarDate, recordId, shortText } from '../schemas/primitives';
import { personSchema, signOffSchema, submissionSchema } from '../schemas/records';
import type { InvariantIssue } from '../schemas/portfolio-invariants';
import { carryIdIndex, changeInvariantIssues } from './change-invariants';
import { pathIssues } from '../field-issues';

/**
 * Every way a portfolio can change, as data. The store appends each accepted change to the
 * journal and replays it on open, so `applyChange` must be pure and deterministic: ids and
 * timestamps are already inside the change when it reaches here.
 */
const collectionName = z.enum(collectionNames as [CollectionName, ...CollectionName[]]);

/** A record of any collection; `applyChange` validates it with its own collection's schema. */
const anyRecord = z.looseObject({ id: recordId });

/**
 * The saver's calendar date (`localToday` of the moment of saving), set by the main process on a
 * change it is about to save. When present, the rules for new entries (`entry-rules.ts`: nothing
 * that happened dated after today or before the start, one programme day per module and date,
 * what each entry must say) are checked against it. The change kept in the journal leaves it out,
 * so replaying the journal on open never judges an accepted change again by a later date, another
 * computer's clock or a rule added since.
 */
const savedOn = calendarDate.optional();

export const changeSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('record-add'),
      collection: collectionName,
      record: anyRecord,
      today: savedOn,
    })
    .strict(),
  z
    .object({
      type: z.literal('record-update-draft'),
      collection: collectionName,
      record: anyRecord,
      today: savedOn,
    })
    .strict(),
  z
    .object({
      type: z.literal('record-submit'),
      collection: collectionName,
      id: recordId,
      today: savedOn,
    })
    .strict(),
  z
    .object({ type: z.literal('record-delete-draft'), collection: collectionName, id: recordId })
    .strict(),
  z
    .object({
      type: z.literal('record-amend'),
      collection: collectionName,
      /** The submitted entry this corrects; it stays in the portfolio, shown as superseded. */
      supersedes: recordId,
      reason: shortText('reason for the correction', 500),
      record: anyRecord,
      today: savedOn,
    })
    .strict(),
  z.object({ type: z.literal('trainee-update'), trainee: traineeProfileSchema }).strict(),
  z.object({ type: z.literal('person-put'), person: personSchema }).strict(),
  z.object({ type: z.literal('sign-off-add'), signOff: signOffSchema }).strict(),
  z.object({ type: z.literal('submission-put'), submission: submissionSchema }).strict(),
]);
export type Change = z.infer<typeof changeSchema>;

/**
 * On success, the new portfolio and the change as it was applied: records as their schema parsed
 * them (trimmed, unknown keys dropped). That normalised change is what the journal keeps, so the
 * history never holds anything the portfolio itself would have refused.
 */
export type ChangeResult =
  | { ok: true; portfolio: Portfolio; change: Change }
  | { ok: false; code: ChangeErrorCode; issues: InvariantIssue[] };
export type ChangeErrorCode = 'invalid-input' | 'record-not-found' | 'record-locked';

type AnyRecord = StoredRecord;

const fail = (code: ChangeErrorCode, path: (string | number)[], message: string): Applied => ({
  ok: false,
  code,
  issues: [{ path, message }],
});

/** Parses a record with its collection's schema, so a contact is checked as a contact. */
function parseRecord(
  collection: CollectionName,
  record: unknown,
): { ok: true; record: AnyRecord } | { ok: false; issues: InvariantIssue[] } {
  const parsed = recordCollections[collection].element.safeParse(record);
  if (parsed.success) return { ok: true, record: parsed.data };
  return {
    ok: false,
    issues: pathIssues(parsed.error, ['record']),
  };
}

function withCollection(
  portfolio: Portfolio,
  collection: CollectionName,
  records: AnyRecord[],
  updatedAt: string,
): Portfolio {
  // Only the changed collection is copied; every other array and record is shared, so a change
  // costs the same whatever the size of the portfolio.
  return { ...portfolio, [collection]: records, updatedAt };
}

/**
 * Applies one change to a portfolio and returns the new portfolio, or says exactly why not.
 * The input is never modified. Only the changed records and the rules that touch them are
 * checked (`change-invariants.ts`), which keeps the document valid by construction. A change that
 * carries the saver's `today` (a save from the main process) is also checked by the rules for new
 * entries (`entry-rules.ts`); the change returned for the journal no longer carries it, so a replay
 * applies exactly what was accepted.
 */
export function applyChange(portfolio: Portfolio, input: Change, at: string): ChangeResult {
  // Parsed here too, not only at the IPC edge: replayed journal lines and internal callers get
  // exactly the same checks.
  const parsed = changeSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      code: 'invalid-input',
      issues: pathIssues(parsed.error),
    };
  }
  const change = parsed.data;
  const result = applyParsed(portfolio, change, at);
  if (!result.ok) return result;
  const added = addedIds(change);
  if (added) carryIdIndex(portfolio, result.portfolio, added);
  // Keep the record as its schema parsed it, so the journal holds only what the portfolio holds,
  // and leave out the saver's date: the entry rules were checked once, at saving.
  const applied: Change =
    result.record && 'record' in change ? { ...change, record: result.record } : change;
  return { ok: true, portfolio: result.portfolio, change: withoutSaveDate(applied) };
}

/**
 * The ids an accepted change adds to those in use (records and people), or `null` when it may
 * remove one (then the next save builds the id index afresh).
 */
function addedIds(change: Change): string[] | null {
  switch (change.type) {
    case 'record-add':
    case 'record-amend':
      return [change.record.id];
    case 'person-put':
      return [change.person.id];
    case 'record-delete-draft':
      return null;
    default:
      return [];
  }
}

/** The change as the journal keeps it: without `today` (see `savedOn`). */
function withoutSaveDate(change: Change): Change {
  if (!('today' in change)) return change;
  const { today: _today, ...rest } = change;
  return rest;
}

type Applied =
  | { ok: true; portfolio: Portfolio; record?: AnyRecord }
  | { ok: false; code: ChangeErrorCode; issues: InvariantIssue[] };

function applyParsed(portfolio: Portfolio, change: Change, at: string): Applied {
  switch (change.type) {
    case 'record-add':
    case 'record-amend': {
      const raw =
        change.type === 'record-amend'
          ? { ...change.record, amends: { supersedes: change.supersedes, reason: change.reason } }
          : change.record;
      const parsed = parseRecord(change.collection, raw);
      if (!parsed.ok) return { ok: false, code: 'invalid-input', issues: parsed.issues };
      const record = parsed.record;
      if (change.type === 'record-amend' && record.state !== 'submitted') {
        return fail(
          'invalid-input',
          ['record', 'state'],
          'A correction is submitted straight away',
        );
      }
      const list = portfolio[change.collection] as AnyRecord[];
      const after = withCollection(portfolio, change.collection, [...list, record], at);
      return checked(portfolio, change.collection, record, 'add', after, change.today);
    }
    case 'record-update-draft': {
      const parsed = parseRecord(change.collection, change.record);
      if (!parsed.ok) return { ok: false, code: 'invalid-input', issues: parsed.issues };
      const list = portfolio[change.collection] as AnyRecord[];
      const index = list.findIndex((r) => r.id === parsed.record.id);
      const existing = list[index];
      if (!existing)
        return fail('record-not-found', ['record', 'id'], `There is no entry ${parsed.record.id}`);
      if (existing.state !== 'draft')
        return fail(
          'record-locked',
          ['record', 'id'],
          'This entry has been submitted: correct it with an amendment instead',
        );
      if (parsed.record.amends !== undefined)
        return fail('invalid-input', ['record', 'amends'], 'A draft is not a correction');
      if (isSigned(portfolio, existing.id))
        return fail(
          'record-locked',
          ['record', 'id'],
          'A supervisor has signed this entry, so it cannot be edited',
        );
      const next = list.with(index, parsed.record);
      return checked(
        portfolio,
        change.collection,
        parsed.record,
        'replace',
        withCollection(portfolio, change.collection, next, at),
        change.today,
      );
    }
    case 'record-submit':
    case 'record-delete-draft': {
      const list = portfolio[change.collection] as AnyRecord[];
      const index = list.findIndex((r) => r.id === change.id);
      const existing = list[index];
      if (!existing) return fail('record-not-found', ['id'], `There is no entry ${change.id}`);
      if (existing.state !== 'draft')
        return fail('record-locked', ['id'], 'This entry has already been submitted');
      if (change.type === 'record-submit') {
        const submitted = { ...existing, state: 'submitted' as const };
        // Submitting is a save: the draft must pass the entry rules as it is now submitted.
        const issues =
          change.today === undefined
            ? []
            : changeInvariantIssues.entry(
                portfolio,
                change.collection,
                submitted,
                'replace',
                change.today,
              );
        if (issues.length > 0) return { ok: false, code: 'invalid-input', issues };
        const next = list.with(index, submitted);
        return { ok: true, portfolio: withCollection(portfolio, change.collection, next, at) };
      }
      if (isReferenced(portfolio, change.id))
        return fail('record-locked', ['id'], 'Another entry refers to this one');
      return {
        ok: true,
        portfolio: withCollection(portfolio, change.collection, list.toSpliced(index, 1), at),
      };
    }
    case 'trainee-update':
      return { ok: true, portfolio: { ...portfolio, trainee: change.trainee, updatedAt: at } };
    case 'person-put': {
      const index = portfolio.people.findIndex((p) => p.id === change.person.id);
      const people =
        index === -1
          ? [...portfolio.people, change.person]
          : portfolio.people.with(index, change.person);
      const next = { ...portfolio, people, updatedAt: at };
      const issues = changeInvariantIssues.person(next, change.person, portfolio.people[index]);
      return issues.length > 0
        ? { ok: false, code: 'invalid-input', issues }
        : { ok: true, portfolio: next };
    }
    case 'sign-off-add': {
      const next = {
        ...portfolio,
        signOffs: [...portfolio.signOffs, change.signOff],
        updatedAt: at,
      };
      const issues = changeInvariantIssues.signOff(portfolio, change.signOff);
      return issues.length > 0
        ? { ok: false, code: 'invalid-input', issues }
        : { ok: true, portfolio: next };
    }
    case 'submission-put': {
      const index = portfolio.submissions.findIndex((s) => s.id === change.submission.id);
      const submissions =
        index === -1
          ? [...portfolio.submissions, change.submission]
          : portfolio.submissions.with(index, change.submission);
      return { ok: true, portfolio: { ...portfolio, submissions, updatedAt: at } };
    }
  }
}

function checked(
  before: Portfolio,
  collection: CollectionName,
  record: AnyRecord,
  mode: 'add' | 'replace',
  after: Portfolio,
  today: string | undefined,
): Applied {
  const issues = [
    ...changeInvariantIssues.record(before, collection, record, mode),
    ...(today === undefined
      ? []
      : changeInvariantIssues.entry(before, collection, record, mode, today)),
  ];
  return issues.length > 0
    ? { ok: false, code: 'invalid-input', issues }
    : { ok: true, portfolio: after, record };
}

function isSigned(portfolio: Portfolio, id: string): boolean {
  return portfolio.signOffs.some((s) => s.recordIds.includes(id));
}

function isReferenced(portfolio: Portfolio, id: string): boolean {
  return (
    portfolio.signOffs.some((s) => s.recordIds.includes(id)) ||
    collectionNames.some((name) =>
      (portfolio[name] as AnyRecord[]).some((r) => r.amends?.supersedes === id),
    )
  );
}

/** The record a change is about, for the history view. */
export function changeSubject(change: Change): { collection: string; recordId: string | null } {
  switch (change.type) {
    case 'record-add':
    case 'record-update-draft':
    case 'record-amend':
      return { collection: change.collection, recordId: change.record.id };
    case 'record-submit':
    case 'record-delete-draft':
      return { collection: change.collection, recordId: change.id };
    case 'trainee-update':
      return { collection: 'trainee', recordId: null };
    case 'person-put':
      return { collection: 'people', recordId: change.person.id };
    case 'sign-off-add':
      return { collection: 'signOffs', recordId: change.signOff.id };
    case 'submission-put':
      return { collection: 'submissions', recordId: change.submission.id };
  }
}
