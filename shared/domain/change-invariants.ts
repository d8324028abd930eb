import type { CollectionName, Portfolio } from '../schemas/portfolio';
import { collectionNames } from '../schemas/portfolio';
import type { InvariantIssue } from '../schemas/portfolio-invariants';
import type { AssessmentAttempt, Person, SignOff } from '../schemas/records';
import {
  allowedAttempts,
  attemptCounts,
  attemptLimitMessage,
  attemptsAfterFinalFail,
  finalFailMessage,
} from './assessment-limit';
import { dateInWords } from '../dates';
import { entryIssues } from './entry-rules';

type AnyRecord = Portfolio[CollectionName][number];

/**
 * The cross-record rules of `portfolio-invariants.ts`, checked only for what one change touches.
 * A portfolio that was valid stays valid after any change these accept (a property test checks
 * this against the whole-document rules), without re-checking every record on every save.
 */
function idInUse(portfolio: Portfolio, id: string): boolean {
  return idIndex(portfolio).has(id);
}

/**
 * Every id in use (records of every collection, and people), kept per portfolio object so a save
 * does not scan the whole portfolio. The index remembers the arrays it was built from and their
 * lengths: a portfolio whose arrays are not those (a copy, or arrays changed in place) gets a
 * fresh index. When `applyChange` derives the next portfolio, the index moves to it with the
 * new ids added (`carryIdIndex`), so a run of saves costs the same whatever the size.
 */
interface IdIndex {
  ids: Set<string>;
  arrays: readonly (readonly { id: string }[])[];
  lengths: readonly number[];
}
const idIndexes = new WeakMap<Portfolio, IdIndex>();

function idArrays(portfolio: Portfolio): (readonly { id: string }[])[] {
  return [...collectionNames.map((name) => portfolio[name] as AnyRecord[]), portfolio.people];
}

function indexFits(index: IdIndex, arrays: readonly (readonly { id: string }[])[]): boolean {
  return arrays.every((a, i) => a === index.arrays[i] && a.length === index.lengths[i]);
}

function idIndex(portfolio: Portfolio): Set<string> {
  const arrays = idArrays(portfolio);
  const known = idIndexes.get(portfolio);
  if (known && indexFits(known, arrays)) return known.ids;
  const ids = new Set<string>();
  for (const array of arrays) for (const item of array) ids.add(item.id);
  idIndexes.set(portfolio, { ids, arrays, lengths: arrays.map((a) => a.length) });
  return ids;
}

/**
 * Moves `before`'s id index to `after`, a portfolio `applyChange` derived from it whose ids are
 * `before`'s plus `added` (none removed). `before` itself then gets a fresh index if it is ever
 * asked about again (its arrays no longer match the index's).
 */
export function carryIdIndex(before: Portfolio, after: Portfolio, added: readonly string[]): void {
  const known = idIndexes.get(before);
  if (!known || !indexFits(known, idArrays(before))) return;
  idIndexes.delete(before);
  for (const id of added) known.ids.add(id);
  const arrays = idArrays(after);
  const index = { ids: known.ids, arrays, lengths: arrays.map((a) => a.length) };
  // Only if `after` holds exactly those ids; otherwise it builds its own when first asked.
  const count = index.lengths.reduce((sum, n) => sum + n, 0);
  if (count === known.ids.size) idIndexes.set(after, index);
}

function recordIssues(
  before: Portfolio,
  collection: CollectionName,
  record: AnyRecord,
  mode: 'add' | 'replace',
): InvariantIssue[] {
  const issues: InvariantIssue[] = [];
  const need = (ok: boolean, path: (string | number)[], message: string) => {
    if (!ok) issues.push({ path: ['record', ...path], message });
  };
  const { programme, people } = before;
  if (mode === 'add')
    need(!idInUse(before, record.id), ['id'], `The id ${record.id} is already used`);
  const list = before[collection] as AnyRecord[];
  if (record.amends) {
    const target = record.amends.supersedes;
    need(
      list.some((r) => r.id === target && r.state === 'submitted'),
      ['amends', 'supersedes'],
      `There is no submitted entry ${target} here to correct`,
    );
    need(
      !list.some((r) => r.amends?.supersedes === target),
      ['amends', 'supersedes'],
      `Entry ${target} has already been corrected`,
    );
  }
  const hasIntervention = (id: string) => programme.interventions.some((i) => i.id === id);
  const hasPresentation = (id: string) => programme.presentations.some((p) => p.id === id);
  const personWithRole = (id: string, role: Person['role']) =>
    people.some((p) => p.id === id && p.role === role);
  if ('moduleId' in record)
    need(
      programme.modules.some((m) => m.id === record.moduleId),
      ['moduleId'],
      `No module ${record.moduleId} in this programme`,
    );
  if ('interventions' in record) {
    record.interventions.forEach((id, i) =>
      need(hasIntervention(id), ['interventions', i], `No intervention ${id} in this programme`),
    );
  }
  if ('interventionId' in record && record.interventionId !== undefined) {
    need(
      hasIntervention(record.interventionId),
      ['interventionId'],
      `No intervention ${record.interventionId} in this programme`,
    );
  }
  if ('presentationId' in record && record.presentationId !== undefined) {
    need(
      hasPresentation(record.presentationId),
      ['presentationId'],
      `No presentation ${record.presentationId} in this programme`,
    );
  }
  if ('supervisorId' in record)
    need(
      personWithRole(record.supervisorId, 'supervisor'),
      ['supervisorId'],
      `No supervisor ${record.supervisorId} is listed`,
    );
  if ('markerId' in record)
    need(
      personWithRole(record.markerId, 'educator'),
      ['markerId'],
      `No educator ${record.markerId} is listed`,
    );
  if ('resultId' in record) {
    need(
      programme.assessment.results.some((r) => r.id === record.resultId),
      ['resultId'],
      `No result ${record.resultId} on this programme's scale`,
    );
  }
  if (collection === 'assessments' && 'markerId' in record) {
    // A final fail closes the intervention: no attempt may be dated on or after it.
    const after = attemptsAfter(before, record, mode);
    const late = attemptsAfterFinalFail(after, programme).find(
      (l) => l.attempt.interventionId === record.interventionId,
    );
    need(
      late === undefined,
      ['interventionId'],
      finalFailMessage(
        programme.interventions.find((i) => i.id === record.interventionId)?.name ??
          record.interventionId,
        dateInWords(late?.failedOn ?? record.date),
      ),
    );
    need(
      withinAttemptLimit(before, record, mode),
      ['interventionId'],
      attemptLimitMessage(
        programme.interventions.find((i) => i.id === record.interventionId)?.name ??
          record.interventionId,
        programme,
      ),
    );
  }
  return issues;
}

/**
 * The attempts as they will be once the change is made; a correction keeps its `amends`, so
 * what it corrects stops counting and an older entry that was corrected before stays superseded.
 */
function attemptsAfter(
  before: Portfolio,
  record: AssessmentAttempt,
  mode: 'add' | 'replace',
): AssessmentAttempt[] {
  return [...before.assessments.filter((a) => mode === 'add' || a.id !== record.id), record];
}

/**
 * Whether the portfolio still holds at most the allowed attempts for the record's intervention
 * once the change is made: the record is added (or replaces the draft with its id), and the entry
 * it corrects, if any, stops being current (`attemptCounts` counts current records only).
 */
function withinAttemptLimit(
  before: Portfolio,
  record: AssessmentAttempt,
  mode: 'add' | 'replace',
): boolean {
  const after = attemptsAfter(before, record, mode);
  return (
    (attemptCounts(after).get(record.interventionId) ?? 0) <= allowedAttempts(before.programme)
  );
}

function signOffIssues(before: Portfolio, signOff: SignOff): InvariantIssue[] {
  const issues: InvariantIssue[] = [];
  if (before.signOffs.some((s) => s.id === signOff.id))
    issues.push({
      path: ['signOff', 'id'],
      message: `The sign-off id ${signOff.id} is used twice`,
    });
  if (!before.people.some((p) => p.id === signOff.signerId))
    issues.push({
      path: ['signOff', 'signerId'],
      message: `No person ${signOff.signerId} is listed`,
    });
  signOff.recordIds.forEach((id, i) => {
    const record = collectionNames
      .flatMap((name) => before[name] as AnyRecord[])
      .find((r) => r.id === id);
    const path = ['signOff', 'recordIds', i];
    // Only finished work is signed: a draft can still change, and a private reflection is the
    // trainee's own.
    if (!record) issues.push({ path, message: `No record ${id} to sign` });
    else if (record.state !== 'submitted')
      issues.push({ path, message: `Entry ${id} is still a draft` });
    else if ('private' in record && record.private)
      issues.push({ path, message: `Reflection ${id} is private` });
  });
  return issues;
}

function personIssues(after: Portfolio, person: Person, before?: Person): InvariantIssue[] {
  const issues: InvariantIssue[] = [];
  // Whoever has signed is part of the evidence: until the university's signed roster vouches for
  // people, their name, role, training and key stay exactly as they were when they signed.
  const hasSigned = after.signOffs.some((s) => s.signerId === person.id);
  if (
    before &&
    hasSigned &&
    (before.name !== person.name ||
      before.role !== person.role ||
      before.supervisorTrained !== person.supervisorTrained ||
      before.publicKey !== person.publicKey)
  ) {
    issues.push({
      path: ['person', 'name'],
      message: `${before.name} has signed entries in this portfolio, so their details cannot be changed`,
    });
  }
  if (
    collectionNames.some((name) => (after[name] as AnyRecord[]).some((r) => r.id === person.id))
  ) {
    issues.push({ path: ['person', 'id'], message: `The id ${person.id} is used by a record too` });
  }
  // Changing someone's role must not orphan what they supervised, marked or signed.
  const supervises =
    after.supervision.some((s) => s.supervisorId === person.id) ||
    after.supervisorReports.some((r) => r.supervisorId === person.id);
  if (supervises && person.role !== 'supervisor')
    issues.push({
      path: ['person', 'role'],
      message: `${person.name} has supervision logged and must stay a supervisor`,
    });
  if (after.assessments.some((a) => a.markerId === person.id) && person.role !== 'educator') {
    issues.push({
      path: ['person', 'role'],
      message: `${person.name} has marked assessments and must stay an educator`,
    });
  }
  return issues;
}

export const changeInvariantIssues = {
  record: recordIssues,
  /** The rules for an entry being saved, against the saver's date (`entry-rules.ts`). */
  entry: entryIssues,
  signOff: signOffIssues,
  person: personIssues,
};
