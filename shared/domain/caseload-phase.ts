import { addDays, anniversary, daysBetween, weekStart, writtenDate } from '../dates';
import type { Portfolio } from '../schemas/portfolio';
import type { CaseloadPhase, ClinicalContact } from '../schemas/records';
import { countedRecords } from './current-records';
import { contactsUpTo } from './practice-hours';
import type { SignOffState } from './sign-off-status';

export interface GateStatus {
  phase: 'reduced' | 'full';
  /** Opened by a sign-off that counts (valid, approved, by an entitled supervisor). */
  open: boolean;
  /**
   * The day the phase opens: the latest of the gate's own `effectiveFrom`, the day the sign-off
   * that opens it was signed (`signedOn`) and `earliestDate`. A gate cannot be backdated to
   * before anyone signed it.
   */
  effectiveFrom: string | null;
  /** The day the sign-off that opens the gate was signed, as written in its `signedAt`. */
  signedOn: string | null;
  /**
   * The earliest date the gate may take effect: the start date for the reduced caseload, the
   * start of month N (the (N − 1)-month anniversary of the start) for the full caseload.
   */
  earliestDate: string;
  /** Why it is not open, in words the UI can show. */
  problem: string | null;
}

export interface WeekCaseload {
  weekStart: string;
  phase: CaseloadPhase;
  expected: number;
  logged: number;
}

export interface CaseloadStatus {
  phaseToday: CaseloadPhase;
  gates: GateStatus[];
  fullCaseloadContactsPerWeek: number;
  expectedContactsPerWeekNow: number;
  /** Average logged contacts a week over the last four complete weeks. */
  recentContactsPerWeek: number;
  /** Recent contacts as a share of what the phase expects; null while shadowing. */
  recentPercentOfExpected: number | null;
  weeks: WeekCaseload[];
  patientsSeen: number;
  expectedPatientsByNow: number;
  expectedPatientsPerYear: number;
  /** Own-caseload contacts logged while the phase did not allow them (before the first gate). */
  contactsOutsidePhase: ClinicalContact[];
}

/** The longest weekly series a report carries: ten years of weeks. */
export const MAX_SERIES_WEEKS = 522;

/**
 * The caseload phases: shadowing until a supervisor opens the reduced-caseload gate, then a
 * reduced caseload, then a full caseload from month N once that gate is opened too. A gate opens
 * only through a sign-off that counts; one that does not is shown with the reason.
 */
export function caseloadStatus(
  portfolio: Portfolio,
  today: string,
  signOffs: readonly SignOffState[],
): CaseloadStatus {
  const { programme, trainee } = portfolio;
  const rules = programme.caseload;
  const start = trainee.startDate;
  // "From month N" is from the first day of the Nth month: the (N − 1)-month anniversary.
  const fullEarliest = anniversary(start, rules.fullCaseloadFromMonth - 1);
  const gateRecords = countedRecords(portfolio.phaseGates);
  const gateSignOffs = signOffs.filter((s) => s.subject === 'phase-gate');

  const whyNot = (state: SignOffState | undefined): string => {
    if (!state) return 'Waiting for the supervisor’s sign-off';
    if (!state.signerEntitled) return 'Signed by someone not entitled to open this gate';
    if (state.status !== 'valid') return `The sign-off does not verify (${state.status})`;
    if (state.decision !== 'approved') return 'The supervisor returned this gate';
    return 'The gate was changed after it was signed';
  };

  const latestOf = (...dates: string[]) => dates.reduce((a, b) => (b > a ? b : a));

  // A gate opens on the latest of its effective date, the day its earliest counting sign-off was
  // signed and the phase's earliest date. Of several gate records for one phase, the one that
  // opens soonest counts.
  const gateFor = (phase: 'reduced' | 'full', earliestDate: string): GateStatus => {
    const candidates = gateRecords
      .filter((g) => g.phase === phase)
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    let problem = candidates.length === 0 ? 'Not yet requested' : '';
    let opening: { effectiveFrom: string; signedOn: string } | null = null;
    for (const gate of candidates) {
      const covering = gateSignOffs.filter((s) => s.recordIds.includes(gate.id));
      const signedDays = covering.filter((s) => s.counts).map((s) => writtenDate(s.signedAt));
      if (signedDays.length === 0) {
        problem = whyNot(covering.at(-1));
        continue;
      }
      const signedOn = signedDays.reduce((a, b) => (b < a ? b : a));
      const effectiveFrom = latestOf(gate.effectiveFrom, signedOn, earliestDate);
      if (opening === null || effectiveFrom < opening.effectiveFrom)
        opening = { effectiveFrom, signedOn };
    }
    if (opening) return { phase, open: true, ...opening, earliestDate, problem: null };
    return { phase, open: false, effectiveFrom: null, signedOn: null, earliestDate, problem };
  };
  const reduced = gateFor('reduced', start);
  const fullRaw = gateFor('full', fullEarliest);
  const full: GateStatus =
    fullRaw.open && !reduced.open
      ? {
          ...fullRaw,
          open: false,
          effectiveFrom: null,
          signedOn: null,
          problem: 'The reduced-caseload gate must open first',
        }
      : fullRaw;

  const phaseOn = (date: string): CaseloadPhase => {
    if (full.open && full.effectiveFrom !== null && date >= full.effectiveFrom) return 'full';
    if (reduced.open && reduced.effectiveFrom !== null && date >= reduced.effectiveFrom)
      return 'reduced';
    return 'shadowing';
  };
  const expectedFor = (phase: CaseloadPhase) =>
    phase === 'full'
      ? rules.fullCaseloadContactsPerWeek
      : phase === 'reduced'
        ? (rules.fullCaseloadContactsPerWeek * rules.reducedCaseloadPercent) / 100
        : 0;

  const contacts = contactsUpTo(portfolio, today);
  const ownContacts = contacts.filter((c) => c.kind !== 'shadowing');
  const loggedByWeek = new Map<string, number>();
  // Many contacts share a date: each date's Monday is worked out once.
  const mondays = new Map<string, string>();
  for (const c of ownContacts) {
    let monday = mondays.get(c.date);
    if (monday === undefined) {
      monday = weekStart(c.date);
      mondays.set(c.date, monday);
    }
    loggedByWeek.set(monday, (loggedByWeek.get(monday) ?? 0) + 1);
  }

  // The weekly series runs from the start week to the week holding today, but never beyond
  // MAX_SERIES_WEEKS weeks: more than any report date the app accepts (see `reportDateBounds`),
  // so the table and the work stay bounded whatever date a caller passes.
  const firstWeek = weekStart(start);
  const weekAt = (index: number) => addDays(firstWeek, index * 7);
  const weekCount = Math.min(
    MAX_SERIES_WEEKS,
    Math.max(0, Math.floor(daysBetween(firstWeek, today) / 7) + 1),
  );
  const weeks: WeekCaseload[] = [];
  for (let index = 0; index < weekCount; index += 1) {
    const week = weekAt(index);
    const phase = phaseOn(week < start ? start : week);
    weeks.push({
      weekStart: week,
      phase,
      expected: expectedFor(phase),
      logged: loggedByWeek.get(week) ?? 0,
    });
  }
  // The last four complete weeks before the week holding today, read straight from the log.
  const completeWeeks = Math.max(0, Math.floor(daysBetween(firstWeek, today) / 7));
  const recentWeeks = Math.min(4, completeWeeks);
  let recentLogged = 0;
  for (let index = completeWeeks - recentWeeks; index < completeWeeks; index += 1)
    recentLogged += loggedByWeek.get(weekAt(index)) ?? 0;
  const recentContactsPerWeek = recentWeeks === 0 ? 0 : recentLogged / recentWeeks;
  const phaseToday = phaseOn(today);
  const expectedNow = expectedFor(phaseToday);
  const elapsedYears = Math.min(1, Math.max(0, daysBetween(start, today) / 365));

  return {
    phaseToday,
    gates: [reduced, full],
    fullCaseloadContactsPerWeek: rules.fullCaseloadContactsPerWeek,
    expectedContactsPerWeekNow: expectedNow,
    recentContactsPerWeek: Math.round(recentContactsPerWeek * 10) / 10,
    recentPercentOfExpected:
      expectedNow === 0 ? null : Math.round((recentContactsPerWeek / expectedNow) * 100),
    weeks,
    patientsSeen: new Set(ownContacts.map((c) => c.patientCode)).size,
    expectedPatientsByNow: Math.round(rules.expectedPatientsPerYear * elapsedYears),
    expectedPatientsPerYear: rules.expectedPatientsPerYear,
    contactsOutsidePhase: ownContacts.filter((c) => phaseOn(c.date) === 'shadowing'),
  };
}
