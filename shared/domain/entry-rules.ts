import { dateInWords } from '../dates';
import type { CollectionName, Portfolio, StoredRecord } from '../schemas/portfolio';
import type { InvariantIssue } from '../schemas/portfolio-invariants';
import { currentRecords } from './current-records';

/**
 * The rules for an entry being saved: checked on every save (a new entry, a draft's update, a
 * submission, a correction), against the saver's calendar date, and never on open. A file keeps
 * opening as time passes, as clocks differ between computers, and after these rules were added;
 * what a file already holds that they would refuse is listed by the report instead of counted
 * (`counting-range.ts`, `programme-days.ts`). The exact rules are written out in
 * docs/portfolio-format.md ("Rules for new entries").
 *
 * Drafts are checked by the same rules as submitted entries, as they are by the record schemas
 * (a draft needs its title, its date, its length): one rule for an entry, whatever its state.
 */

type AnyRecord = StoredRecord;

/** How each collection's `date` reads in a message. Phase gates carry no `date`. */
const dateLabels: Record<Exclude<CollectionName, 'phaseGates'>, string> = {
  programmeDays: 'The date of a programme day you attended, were absent from or missed',
  contacts: 'The date of the contact',
  supervision: 'The date of the supervision session',
  evidence: 'The date of the evidence',
  reflections: 'The date of the reflection',
  assessments: 'The date of the assessment',
  supervisorReports: 'The date of the report',
  offTheJob: 'The date of the off-the-job training',
  declarations: 'The date of the form',
};

/** Collections whose entries count towards a total, so they may not be dated before the start. */
export const NOT_BEFORE_START: ReadonlySet<CollectionName> = new Set<CollectionName>([
  'contacts',
  'supervision',
  'evidence',
  'assessments',
  'offTheJob',
]);

/** The message for a second current programme day of one module on one date. */
export function duplicateDayMessage(date: string): string {
  return `You have already logged a programme day on ${dateInWords(date)} for this module. Open that entry to change it.`;
}

/**
 * Every entry rule the record breaks, as it will be saved: `mode` `add` for a new entry or a
 * correction, `replace` for a draft's update or its submission (the record keeps its id).
 * `today` is the saver's calendar date (`localToday`). Paths start with `record`, so a form
 * shows each message next to its field.
 */
export function entryIssues(
  before: Portfolio,
  collection: CollectionName,
  record: AnyRecord,
  mode: 'add' | 'replace',
  today: string,
): InvariantIssue[] {
  const issues: InvariantIssue[] = [];
  const need = (ok: boolean, field: string, message: string) => {
    if (!ok) issues.push({ path: ['record', field], message });
  };
  const start = before.trainee.startDate;

  // (a) Something that happened cannot be dated after today. A planned programme day can.
  if (collection !== 'phaseGates' && 'date' in record) {
    const planned = 'status' in record && record.status === 'planned';
    if (!planned)
      need(
        record.date <= today,
        'date',
        collection === 'programmeDays'
          ? `${dateLabels.programmeDays} must be today or in the past. Mark a day still to come as planned`
          : `${dateLabels[collection]} must be today or in the past`,
      );
    // (b) What counts towards the programme cannot be dated before it started.
    if (NOT_BEFORE_START.has(collection))
      need(
        record.date >= start,
        'date',
        `${dateLabels[collection]} must be the same as or after your programme start date, ${dateInWords(start)}`,
      );
  }

  // One current programme day per module and date, drafts included; a correction replaces the
  // day it corrects, and a draft's update replaces itself.
  if (collection === 'programmeDays' && 'moduleId' in record && 'status' in record) {
    const replaced = record.amends?.supersedes;
    const clash = currentRecords(before.programmeDays).some(
      (day) =>
        day.moduleId === record.moduleId &&
        day.date === record.date &&
        day.id !== replaced &&
        !(mode === 'replace' && day.id === record.id),
    );
    need(!clash, 'date', duplicateDayMessage(record.date));
  }

  // What each kind of entry must say.
  if (collection === 'contacts' && 'patientCode' in record)
    need(
      record.kind !== 'treatment' || record.interventions.length > 0,
      'interventions',
      'Choose at least one intervention used in this treatment session',
    );
  if (collection === 'reflections' && 'text' in record)
    need(record.text.trim().length > 0, 'text', 'Enter what you reflected on');
  if (collection === 'evidence' && 'description' in record)
    need(record.description.trim().length > 0, 'description', 'Describe the evidence');

  return issues;
}
