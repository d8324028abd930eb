import type { Portfolio } from '../schemas/portfolio';
import type { ProgrammeDefinition } from '../schemas/programme';
import type { ClinicalContact } from '../schemas/records';
import { contactsUpTo, isShadowing } from './practice-hours';

/**
 * The trainee's practice outcomes, derived the way NHS Talking Therapies services report them,
 * with every threshold taken from `programme.outcomes`.
 *
 * Decisions where the national rules leave a choice (each is the reading a service would apply):
 * - Shadowing contacts are not the trainee's cases and are ignored; so are contacts after today
 *   and before the start date (`contactsUpTo`, the shared counting rule).
 * - Group sessions count as treatment sessions (group psychoeducation is a low-intensity
 *   treatment); assessments and reviews do not.
 * - Outcome flags (recovered, reliably improved, deteriorated, reliably recovered) describe a
 *   finished course, so they are only ever true for finished cases with paired scores; an open
 *   case shows its scores but no outcome yet.
 * - Paired scores means at least two measured contacts on PHQ-9 or on GAD-7. A measure never
 *   recorded for a patient is left out of that patient's judgement (it can neither show caseness
 *   nor a change); a measure recorded once has the same first and last score, so no change.
 * - `casenessAtStart` counts finished cases with paired scores, the denominator services use for
 *   the recovery rate; finished cases without paired scores are counted only in `notMeasured`.
 * - `steppedUp` counts patients stepped up at least once, finished or not: a stepped-up patient
 *   usually leaves the trainee's caseload without a discharge.
 * - Rates are fractions from 0 to 1 (the UI formats them as percentages).
 */

type Thresholds = ProgrammeDefinition['outcomes'];
type Measure = 'phq9' | 'gad7';

export interface PatientOutcome {
  patientCode: string;
  /** Dates of the first and last counted contacts (`YYYY-MM-DD`). */
  firstContact: string;
  lastContact: string;
  sessions: number;
  /** Treatment and group contacts. */
  treatmentSessions: number;
  finished: boolean;
  /** At least two measured contacts on PHQ-9 or on GAD-7. */
  pairedScores: boolean;
  firstPhq9: number | null;
  lastPhq9: number | null;
  firstGad7: number | null;
  lastGad7: number | null;
  /** At caseness on the first scores (true or false whether or not the case has finished). */
  caseness: boolean;
  recovered: boolean;
  reliablyImproved: boolean;
  reliablyDeteriorated: boolean;
  reliablyRecovered: boolean;
  /** Contacts whose outcome was "stepped up". */
  stepsUp: number;
}

export interface OutcomeTotals {
  finishedCases: number;
  /** Finished cases with paired scores that were at caseness at the start. */
  casenessAtStart: number;
  recovered: number;
  /** `recovered / casenessAtStart`; null when no finished case started at caseness. */
  recoveryRate: number | null;
  reliableImprovement: number;
  /** `reliableImprovement` over finished cases with paired scores; null when there are none. */
  reliableImprovementRate: number | null;
  reliableRecovery: number;
  deterioration: number;
  /** Patients stepped up at least once. */
  steppedUp: number;
  /** Finished cases without paired scores. */
  notMeasured: number;
}

export interface PracticeOutcomes {
  /** One row per patient, ordered by patient code. */
  patients: PatientOutcome[];
  totals: OutcomeTotals;
}

/** A patient's contacts: never empty, since a patient appears only through a contact. */
type Contacts = readonly [ClinicalContact, ...ClinicalContact[]];

interface ScorePair {
  first: number | null;
  last: number | null;
  /** How many contacts recorded this measure. */
  count: number;
}

/** A contact with the moment it was written, parsed once rather than on every comparison. */
interface Occurrence {
  contact: ClinicalContact;
  moment: number;
}

/** Date order; same-day contacts in the order they were written, then by id for stability. */
function byOccurrence(
  { contact: a, moment: am }: Occurrence,
  { contact: b, moment: bm }: Occurrence,
): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.recordedAt !== b.recordedAt) return am - bm;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Each patient's counted, non-shadowing contacts up to today, in date order. */
function contactsByPatient(portfolio: Portfolio, today: string): Map<string, Contacts> {
  const groups = new Map<string, [ClinicalContact, ...ClinicalContact[]]>();
  const ordered = contactsUpTo(portfolio, today)
    .filter((contact) => !isShadowing(contact))
    .map((contact): Occurrence => ({ contact, moment: Date.parse(contact.recordedAt) }))
    .sort(byOccurrence)
    .map(({ contact }) => contact);
  for (const contact of ordered) {
    const group = groups.get(contact.patientCode);
    if (group) group.push(contact);
    else groups.set(contact.patientCode, [contact]);
  }
  return groups;
}

function scorePair(contacts: readonly ClinicalContact[], measure: Measure): ScorePair {
  let first: number | null = null;
  let last: number | null = null;
  let count = 0;
  for (const contact of contacts) {
    const score = contact.measures[measure];
    if (score === undefined) continue;
    if (count === 0) first = score;
    last = score;
    count += 1;
  }
  return { first, last, count };
}

function atCaseness(phq9: number | null, gad7: number | null, t: Thresholds): boolean {
  return (phq9 !== null && phq9 >= t.phq9Caseness) || (gad7 !== null && gad7 >= t.gad7Caseness);
}

/** Last minus first: negative is a fall (better), positive a rise (worse); null if unmeasured. */
function change(pair: ScorePair): number | null {
  return pair.first === null || pair.last === null ? null : pair.last - pair.first;
}

function fellReliably(delta: number | null, reliableChange: number): boolean {
  return delta !== null && -delta >= reliableChange;
}

function roseReliably(delta: number | null, reliableChange: number): boolean {
  return delta !== null && delta >= reliableChange;
}

function isTreatment(contact: ClinicalContact): boolean {
  return contact.kind === 'treatment' || contact.kind === 'group';
}

function patientOutcome(patientCode: string, contacts: Contacts, t: Thresholds): PatientOutcome {
  const [first] = contacts;
  const last = contacts.at(-1) ?? first;
  const treatmentSessions = contacts.filter(isTreatment).length;
  const finished =
    last.outcome === 'discharged' && treatmentSessions >= t.minimumTreatmentSessionsForFinished;
  const phq9 = scorePair(contacts, 'phq9');
  const gad7 = scorePair(contacts, 'gad7');
  const pairedScores = phq9.count >= 2 || gad7.count >= 2;
  const caseness = atCaseness(phq9.first, gad7.first, t);

  // The national rule: a reliable fall on either measure, and a reliable rise on neither.
  const phq9Change = change(phq9);
  const gad7Change = change(gad7);
  const fell =
    fellReliably(phq9Change, t.phq9ReliableChange) ||
    fellReliably(gad7Change, t.gad7ReliableChange);
  const rose =
    roseReliably(phq9Change, t.phq9ReliableChange) ||
    roseReliably(gad7Change, t.gad7ReliableChange);

  const judged = finished && pairedScores;
  const recovered = judged && caseness && !atCaseness(phq9.last, gad7.last, t);
  const reliablyImproved = judged && fell && !rose;
  return {
    patientCode,
    firstContact: first.date,
    lastContact: last.date,
    sessions: contacts.length,
    treatmentSessions,
    finished,
    pairedScores,
    firstPhq9: phq9.first,
    lastPhq9: phq9.last,
    firstGad7: gad7.first,
    lastGad7: gad7.last,
    caseness,
    recovered,
    reliablyImproved,
    reliablyDeteriorated: judged && rose,
    reliablyRecovered: recovered && reliablyImproved,
    stepsUp: contacts.filter((contact) => contact.outcome === 'stepped-up').length,
  };
}

function rate(count: number, of: number): number | null {
  return of === 0 ? null : count / of;
}

function totalsOf(patients: readonly PatientOutcome[]): OutcomeTotals {
  const count = (test: (p: PatientOutcome) => boolean) => patients.filter(test).length;
  const measured = patients.filter((p) => p.finished && p.pairedScores);
  const casenessAtStart = measured.filter((p) => p.caseness).length;
  const recovered = count((p) => p.recovered);
  const reliableImprovement = count((p) => p.reliablyImproved);
  return {
    finishedCases: count((p) => p.finished),
    casenessAtStart,
    recovered,
    recoveryRate: rate(recovered, casenessAtStart),
    reliableImprovement,
    reliableImprovementRate: rate(reliableImprovement, measured.length),
    reliableRecovery: count((p) => p.reliablyRecovered),
    deterioration: count((p) => p.reliablyDeteriorated),
    steppedUp: count((p) => p.stepsUp > 0),
    notMeasured: count((p) => p.finished && !p.pairedScores),
  };
}

/** Per-patient outcomes and the totals a service would report, as of `today` (`YYYY-MM-DD`). */
export function practiceOutcomes(portfolio: Portfolio, today: string): PracticeOutcomes {
  const thresholds = portfolio.programme.outcomes;
  const patients = [...contactsByPatient(portfolio, today)]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, contacts]) => patientOutcome(code, contacts, thresholds));
  return { patients, totals: totalsOf(patients) };
}
