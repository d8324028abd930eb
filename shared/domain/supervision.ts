import { addDays, daysBetween, weekStart } from '../dates';
import type { Portfolio } from '../schemas/portfolio';
import type { ClinicalContact, Person, SupervisionSession } from '../schemas/records';
import { countedRecords } from './current-records';

/**
 * Supervision compliance as of a given day: the weekly case-management hour, the fortnightly
 * clinical-skills hour, the minimum totals by the end, and every patient on the caseload reviewed
 * in case management at least every `caseReviewEveryDays` days.
 *
 * Only current, submitted sessions dated on or before `today`, given by a listed supervisor who
 * has completed low-intensity supervisor training, count. Other submitted sessions are listed in
 * `notCounted` with the reason, so the trainee sees why their hours did not move.
 */

/** Why a submitted session did not count (a code; the UI turns it into words). */
export type NotCountedReason = 'supervisor-not-trained' | 'supervisor-not-listed';

export interface UncountedSession {
  sessionId: string;
  date: string;
  type: SupervisionSession['type'];
  durationMinutes: number;
  supervisorId: string;
  /** The supervisor's name when the person is known, so the trainee recognises the session. */
  supervisorName: string | null;
  reason: NotCountedReason;
}

/** Progress towards a minimum number of hours. `hours` is `minutes / 60`, unrounded. */
export interface HoursTotal {
  minutes: number;
  hours: number;
  minimumHours: number;
  /** Hours still needed to reach the minimum; 0 once it is met. */
  hoursRemaining: number;
  met: boolean;
}

/** Hours of counted sessions up to and including `date`. */
export interface CumulativePoint {
  date: string;
  hours: number;
}

export interface CaseManagementCompliance {
  expectedMinutesPerWeek: number;
  /** Complete Monday–Sunday weeks from the start week up to (not including) this week. */
  weeksDue: number;
  weeksMet: number;
  /** The Monday of each missed week, ascending. */
  missedWeeks: string[];
  total: HoursTotal;
  /** One point per date with a counted session, ascending; the last point's hours are the total. */
  cumulative: CumulativePoint[];
}

export interface ClinicalSkillsCompliance {
  expectedMinutesPerFortnight: number;
  /** Complete 14-day blocks from the Monday of the start week that ended before today. */
  fortnightsDue: number;
  fortnightsMet: number;
  /** The first day (a Monday) of each missed fortnight, ascending. */
  missedFortnights: string[];
  total: HoursTotal;
  /** One point per date with a counted session, ascending; the last point's hours are the total. */
  cumulative: CumulativePoint[];
}

/** One patient on the caseload and when their next case-management review is due. */
export interface CaseReview {
  patientCode: string;
  /** The first contact of the patient's current episode of care. */
  firstContact: string;
  lastReviewed: string | null;
  /** `(lastReviewed ?? firstContact) + caseReviewEveryDays`. */
  dueBy: string;
  /** `today − dueBy`: positive means overdue, 0 means due today, negative means days to go. */
  daysOverdue: number;
  overdue: boolean;
}

/** A review that happened, but after the patient was already due one. */
export interface LateReview {
  patientCode: string;
  dueBy: string;
  reviewedOn: string;
  daysLate: number;
}

export interface SupervisionCompliance {
  caseManagement: CaseManagementCompliance;
  clinicalSkills: ClinicalSkillsCompliance;
  /** Every patient on the caseload today, the soonest due first. */
  caseload: CaseReview[];
  /** Caseload patients past their review date, the most overdue first. */
  overdueReviews: CaseReview[];
  /** Reviews in each patient's current episode that came after the due date, oldest first. */
  lateReviews: LateReview[];
  notCounted: UncountedSession[];
}

function isOnOrBefore(date: string, today: string): boolean {
  return daysBetween(date, today) >= 0;
}

function uncountedReason(person: Person | undefined): NotCountedReason | null {
  // The portfolio invariants already require a listed supervisor; this guards data read before
  // they were enforced, rather than silently counting it.
  if (person?.role !== 'supervisor') return 'supervisor-not-listed';
  return person.supervisorTrained ? null : 'supervisor-not-trained';
}

/** Submitted, current sessions up to today, split into those that count and those that do not. */
function splitSessions(portfolio: Portfolio, today: string) {
  const people = new Map(portfolio.people.map((person) => [person.id, person]));
  const counted: SupervisionSession[] = [];
  const notCounted: UncountedSession[] = [];
  const sessions = countedRecords(portfolio.supervision).filter((s) => isOnOrBefore(s.date, today));
  for (const session of sessions) {
    const person = people.get(session.supervisorId);
    const reason = uncountedReason(person);
    if (reason === null) {
      counted.push(session);
      continue;
    }
    notCounted.push({
      sessionId: session.id,
      date: session.date,
      type: session.type,
      durationMinutes: session.durationMinutes,
      supervisorId: session.supervisorId,
      supervisorName: person?.name ?? null,
      reason,
    });
  }
  notCounted.sort((a, b) => a.date.localeCompare(b.date) || a.sessionId.localeCompare(b.sessionId));
  return { counted, notCounted };
}

function hoursTotal(sessions: readonly SupervisionSession[], minimumHours: number): HoursTotal {
  const minutes = sessions.reduce((sum, session) => sum + session.durationMinutes, 0);
  // Compare in minutes so 20 h is met by exactly 1200 minutes, whatever division makes of it.
  const minutesRemaining = Math.max(0, minimumHours * 60 - minutes);
  return {
    minutes,
    hours: minutes / 60,
    minimumHours,
    hoursRemaining: minutesRemaining / 60,
    met: minutesRemaining === 0,
  };
}

/**
 * The running total after each session date. Minutes are summed and divided once per point, so
 * the last point equals `HoursTotal.hours` exactly rather than after many rounded additions.
 */
function cumulativeHours(sessions: readonly SupervisionSession[]): CumulativePoint[] {
  const sorted = [...sessions].sort((a, b) => a.date.localeCompare(b.date));
  const points: CumulativePoint[] = [];
  let minutes = 0;
  for (const [index, session] of sorted.entries()) {
    minutes += session.durationMinutes;
    // Sessions on the same date make one point: write it after the last of them.
    if (sorted[index + 1]?.date !== session.date)
      points.push({ date: session.date, hours: minutes / 60 });
  }
  return points;
}

interface PeriodResult {
  due: number;
  met: number;
  missed: string[];
}

/**
 * Judges consecutive periods of `lengthDays` from `firstDay`, counting only periods that ended
 * before today: the period holding today can still be made up, so it is not yet missed.
 */
function judgePeriods(
  sessions: readonly SupervisionSession[],
  firstDay: string,
  lengthDays: number,
  expectedMinutes: number,
  today: string,
): PeriodResult {
  const due = Math.max(0, Math.floor(daysBetween(firstDay, today) / lengthDays));
  const minutesByPeriod = new Array<number>(due).fill(0);
  for (const session of sessions) {
    const index = Math.floor(daysBetween(firstDay, session.date) / lengthDays);
    if (index >= 0 && index < due)
      minutesByPeriod[index] = (minutesByPeriod[index] ?? 0) + session.durationMinutes;
  }
  const missed: string[] = [];
  minutesByPeriod.forEach((minutes, index) => {
    if (minutes < expectedMinutes) missed.push(addDays(firstDay, index * lengthDays));
  });
  return { due, met: due - missed.length, missed };
}

/** A patient's contacts split into episodes of care: a discharge closes one episode. */
function episodesOf(contacts: readonly ClinicalContact[]): ClinicalContact[][] {
  const episodes: ClinicalContact[][] = [];
  let open: ClinicalContact[] = [];
  for (const contact of contacts) {
    open.push(contact);
    if (contact.outcome === 'discharged') {
      episodes.push(open);
      open = [];
    }
  }
  if (open.length > 0) episodes.push(open);
  return episodes;
}

/**
 * The first contact date of each patient's open episode (latest contact not a discharge).
 * Contacts on the same day are ordered by when they were written, so the later entry decides
 * whether the patient was discharged that day.
 */
function openEpisodeStarts(portfolio: Portfolio, today: string): Map<string, string> {
  const contacts = countedRecords(portfolio.contacts)
    .filter((contact) => contact.kind !== 'shadowing' && isOnOrBefore(contact.date, today))
    // Instants are compared as moments, not strings: entries may carry different UTC offsets.
    .sort(
      (a, b) => a.date.localeCompare(b.date) || Date.parse(a.recordedAt) - Date.parse(b.recordedAt),
    );
  const byPatient = new Map<string, ClinicalContact[]>();
  for (const contact of contacts) {
    const list = byPatient.get(contact.patientCode) ?? [];
    list.push(contact);
    byPatient.set(contact.patientCode, list);
  }
  const starts = new Map<string, string>();
  for (const [patientCode, patientContacts] of byPatient) {
    const episode = episodesOf(patientContacts).at(-1) ?? [];
    const first = episode[0];
    if (first && episode.at(-1)?.outcome !== 'discharged') starts.set(patientCode, first.date);
  }
  return starts;
}

/** Follows the review clock through one patient's episode, noting every review that was late. */
function reviewPatient(
  patientCode: string,
  firstContact: string,
  reviewDates: readonly string[],
  everyDays: number,
  today: string,
): { review: CaseReview; late: LateReview[] } {
  let dueBy = addDays(firstContact, everyDays);
  let lastReviewed: string | null = null;
  const late: LateReview[] = [];
  // Reviews before the episode began were about an earlier episode, so they do not reset the clock.
  for (const reviewedOn of reviewDates.filter((date) => date >= firstContact)) {
    const daysLate = daysBetween(dueBy, reviewedOn);
    if (daysLate > 0) late.push({ patientCode, dueBy, reviewedOn, daysLate });
    lastReviewed = reviewedOn;
    dueBy = addDays(reviewedOn, everyDays);
  }
  const daysOverdue = daysBetween(dueBy, today);
  return {
    review: {
      patientCode,
      firstContact,
      lastReviewed,
      dueBy,
      daysOverdue,
      overdue: daysOverdue > 0,
    },
    late,
  };
}

function reviewDatesByPatient(
  caseManagement: readonly SupervisionSession[],
): Map<string, string[]> {
  const dates = new Map<string, Set<string>>();
  for (const session of caseManagement) {
    for (const code of session.patientCodesReviewed) {
      const set = dates.get(code) ?? new Set<string>();
      set.add(session.date);
      dates.set(code, set);
    }
  }
  return new Map([...dates].map(([code, set]) => [code, [...set].sort()]));
}

function caseReviews(
  portfolio: Portfolio,
  caseManagement: readonly SupervisionSession[],
  today: string,
) {
  const everyDays = portfolio.programme.supervision.caseReviewEveryDays;
  const reviewDates = reviewDatesByPatient(caseManagement);
  const results = [...openEpisodeStarts(portfolio, today)].map(([code, firstContact]) =>
    reviewPatient(code, firstContact, reviewDates.get(code) ?? [], everyDays, today),
  );
  const byUrgency = (a: CaseReview, b: CaseReview) =>
    b.daysOverdue - a.daysOverdue || a.patientCode.localeCompare(b.patientCode);
  const caseload = results.map((result) => result.review).sort(byUrgency);
  const lateReviews = results
    .flatMap((result) => result.late)
    .sort(
      (a, b) =>
        a.reviewedOn.localeCompare(b.reviewedOn) || a.patientCode.localeCompare(b.patientCode),
    );
  return { caseload, overdueReviews: caseload.filter((r) => r.overdue), lateReviews };
}

/** Supervision compliance as of `today` (`YYYY-MM-DD`), as plain data for the UI. */
export function supervisionCompliance(portfolio: Portfolio, today: string): SupervisionCompliance {
  const rules = portfolio.programme.supervision;
  const firstWeek = weekStart(portfolio.trainee.startDate);
  const { counted, notCounted } = splitSessions(portfolio, today);
  const cm = counted.filter((session) => session.type === 'case-management');
  const cs = counted.filter((session) => session.type === 'clinical-skills');
  const weeks = judgePeriods(cm, firstWeek, 7, rules.caseManagementMinutesPerWeek, today);
  const fortnights = judgePeriods(
    cs,
    firstWeek,
    14,
    rules.clinicalSkillsMinutesPerFortnight,
    today,
  );
  return {
    caseManagement: {
      expectedMinutesPerWeek: rules.caseManagementMinutesPerWeek,
      weeksDue: weeks.due,
      weeksMet: weeks.met,
      missedWeeks: weeks.missed,
      total: hoursTotal(cm, rules.minimumCaseManagementHours),
      cumulative: cumulativeHours(cm),
    },
    clinicalSkills: {
      expectedMinutesPerFortnight: rules.clinicalSkillsMinutesPerFortnight,
      fortnightsDue: fortnights.due,
      fortnightsMet: fortnights.met,
      missedFortnights: fortnights.missed,
      total: hoursTotal(cs, rules.minimumClinicalSkillsHours),
      cumulative: cumulativeHours(cs),
    },
    ...caseReviews(portfolio, cm, today),
    notCounted,
  };
}
