import { addDays, daysBetween, weekStart } from '../dates';
import type { Portfolio } from '../schemas/portfolio';
import type { ClinicalContact, Person, SupervisionSession } from '../schemas/records';
import { beforeStart, countedInRange, countingRange } from './counting-range';
import { contactsUpTo } from './practice-hours';

/**
 * Supervision compliance as of a given day: the weekly case-management hour, the fortnightly
 * clinical-skills hour, the minimum totals by the end, and every patient on the caseload reviewed
 * in case management at least every `caseReviewEveryDays` days.
 *
 * Only current, submitted sessions dated from the start date to `today`, given by a listed supervisor who
 * has completed low-intensity supervisor training, count. Other submitted sessions are listed in
 * `notCounted` with the reason, so the trainee sees why their hours did not move.
 *
 * Every list here grows with the records, never with the time between the start date and
 * `today`: missed weeks and clinical-skills gaps are reported as runs with their dates, so a
 * report for a far-off day costs no more than one for tomorrow. The exact rules are written out
 * in docs/portfolio-format.md ("Supervision rules").
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

/** A run of consecutive Monday–Sunday weeks without the case-management hour. */
export interface MissedWeekRun {
  /** The Monday of the first missed week of the run. */
  from: string;
  /** The Sunday of the last missed week of the run. */
  to: string;
  weeks: number;
}

export interface CaseManagementCompliance {
  expectedMinutesPerWeek: number;
  /** Complete Monday–Sunday weeks from the start week up to (not including) this week. */
  weeksDue: number;
  weeksMet: number;
  /** `weeksDue − weeksMet`. */
  weeksMissed: number;
  /** Consecutive missed weeks as runs, oldest first; their `weeks` add up to `weeksMissed`. */
  missedWeekRuns: MissedWeekRun[];
  total: HoursTotal;
  /** One point per date with a counted session, ascending; the last point's hours are the total. */
  cumulative: CumulativePoint[];
}

/**
 * A stretch of days in which some 14-day window held less than the fortnightly minimum of
 * clinical-skills supervision (with sessions of at least the minimum: 14 days or more with no
 * session at all). It runs from the day after a session (or the start date) to the day before the
 * next session, or to yesterday while it is still open.
 */
export interface ClinicalSkillsGap {
  from: string;
  to: string;
  /** Days from `from` to `to`, both included; always at least 14. */
  days: number;
  /** Whole 14-day periods the gap covers: `floor(days / 14)`, at least 1. */
  fortnights: number;
  /** True when the gap reaches yesterday and no session is logged today: nothing has closed it. */
  ongoing: boolean;
}

export interface ClinicalSkillsCompliance {
  expectedMinutesPerFortnight: number;
  /** Days judged so far: from the start date to yesterday (today is not over); 0 before that. */
  daysJudged: number;
  /** Every gap, oldest first. */
  gaps: ClinicalSkillsGap[];
  /** The gaps' `fortnights` added up. */
  fortnightsMissed: number;
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
  /** Submitted sessions dated before the start date: outside the programme window, not counted. */
  outsideWindow: SupervisionSession[];
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
  // The shared counting rule: current, submitted, from the start date to today.
  const sessions = countedInRange(portfolio.supervision, countingRange(portfolio, today));
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

interface WeekResult {
  due: number;
  met: number;
  runs: MissedWeekRun[];
}

/**
 * Case management is judged by calendar Monday–Sunday weeks from the Monday of the start week, not
 * by a rolling 7-day window: services timetable case-management supervision on a weekly rota, so
 * "an hour a week" means an hour in each rota week, and an hour on Monday followed by one on the
 * next week's Friday meets both weeks. (Patients going too long between reviews are caught by the
 * rolling review clock below, whatever the weeks look like.) Only complete weeks are judged: the
 * week holding today can still be made up. The work and the output grow with the sessions, not
 * with the weeks: met weeks are found from the sessions, and missed ones are the runs between.
 */
function judgeWeeks(
  sessions: readonly SupervisionSession[],
  firstMonday: string,
  expectedMinutes: number,
  today: string,
): WeekResult {
  const due = Math.max(0, Math.floor(daysBetween(firstMonday, today) / 7));
  if (expectedMinutes <= 0) return { due, met: due, runs: [] };
  const minutesByWeek = new Map<number, number>();
  for (const session of sessions) {
    const index = Math.floor(daysBetween(firstMonday, session.date) / 7);
    if (index >= 0 && index < due)
      minutesByWeek.set(index, (minutesByWeek.get(index) ?? 0) + session.durationMinutes);
  }
  const metWeeks = [...minutesByWeek]
    .filter(([, minutes]) => minutes >= expectedMinutes)
    .map(([index]) => index)
    .sort((a, b) => a - b);
  const runs: MissedWeekRun[] = [];
  const addRun = (first: number, last: number) => {
    if (last < first) return;
    runs.push({
      from: addDays(firstMonday, first * 7),
      to: addDays(firstMonday, last * 7 + 6),
      weeks: last - first + 1,
    });
  };
  let next = 0;
  for (const index of metWeeks) {
    addRun(next, index - 1);
    next = index + 1;
  }
  addRun(next, due - 1);
  return { due, met: metWeeks.length, runs };
}

/** Length of the clinical-skills window in days ("a fortnight"). */
const FORTNIGHT_DAYS = 14;

/**
 * Clinical-skills supervision by a rolling fortnight. Days are numbered from the start date
 * (day 0); the judged days run to yesterday, day `today − start − 1`, because today can still be
 * made up. Every 14-day window [d, d + 13] of judged days must hold at least `expectedMinutes` of
 * counted sessions; a gap is the union of a run of consecutive windows that do not. Shorter sessions
 * therefore add up, but only within one 14-day window: hours cannot be banked for later.
 *
 * The sum over a window changes only where a session enters (d = s − 13) or leaves (d = s + 1), so
 * the windows are walked in segments between those points with two pointers: O(n log n) in the
 * number of sessions, whatever the number of days.
 */
function judgeRollingFortnights(
  sessions: readonly SupervisionSession[],
  start: string,
  expectedMinutes: number,
  today: string,
): { daysJudged: number; gaps: ClinicalSkillsGap[] } {
  const daysJudged = Math.max(0, daysBetween(start, today));
  /** The first day of the last window that lies wholly within the judged days. */
  const lastWindow = daysJudged - FORTNIGHT_DAYS;
  if (lastWindow < 0 || expectedMinutes <= 0) return { daysJudged, gaps: [] };

  const minutesByDay = new Map<number, number>();
  let sessionToday = false;
  for (const session of sessions) {
    const offset = daysBetween(start, session.date);
    if (offset === daysJudged) sessionToday = true;
    if (offset >= 0 && offset < daysJudged)
      minutesByDay.set(offset, (minutesByDay.get(offset) ?? 0) + session.durationMinutes);
  }
  const sessionDays = [...minutesByDay.keys()].sort((a, b) => a - b);
  const clip = (d: number) => Math.min(Math.max(d, 0), lastWindow + 1);
  const breaks = [
    ...new Set([
      0,
      lastWindow + 1,
      ...sessionDays.flatMap((s) => [clip(s - FORTNIGHT_DAYS + 1), clip(s + 1)]),
    ]),
  ].sort((a, b) => a - b);

  /** Runs of window starts `[first, last]` whose window falls short. */
  const short: { first: number; last: number }[] = [];
  let enter = 0; // sessionDays[enter] is the first session not yet inside the window
  let leave = 0; // sessionDays[leave] is the first session still inside (or not yet entered)
  let minutes = 0;
  for (let i = 0; i + 1 < breaks.length; i += 1) {
    const d = breaks[i] ?? 0;
    const end = (breaks[i + 1] ?? 0) - 1;
    while (enter < sessionDays.length && (sessionDays[enter] ?? 0) <= d + FORTNIGHT_DAYS - 1) {
      minutes += minutesByDay.get(sessionDays[enter] ?? 0) ?? 0;
      enter += 1;
    }
    while (leave < enter && (sessionDays[leave] ?? 0) < d) {
      minutes -= minutesByDay.get(sessionDays[leave] ?? 0) ?? 0;
      leave += 1;
    }
    if (minutes >= expectedMinutes) continue;
    const previous = short.at(-1);
    if (previous && previous.last === d - 1) previous.last = end;
    else short.push({ first: d, last: end });
  }

  const gaps = short.map(({ first, last }): ClinicalSkillsGap => {
    const days = last - first + FORTNIGHT_DAYS;
    return {
      from: addDays(start, first),
      to: addDays(start, last + FORTNIGHT_DAYS - 1),
      days,
      fortnights: Math.floor(days / FORTNIGHT_DAYS),
      // A gap reaching yesterday is closed by a session today (today itself is judged tomorrow).
      ongoing: last === lastWindow && !sessionToday,
    };
  });
  return { daysJudged, gaps };
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
  // Instants are compared as moments, not strings: entries may carry different UTC offsets.
  // Each is parsed once, not on every comparison (dates are validated `YYYY-MM-DD`, so comparing
  // them as strings orders them as days).
  const contacts = contactsUpTo(portfolio, today)
    .filter((contact) => contact.kind !== 'shadowing')
    .map((contact) => ({ contact, moment: Date.parse(contact.recordedAt) }))
    .sort(
      (a, b) =>
        (a.contact.date < b.contact.date ? -1 : a.contact.date > b.contact.date ? 1 : 0) ||
        a.moment - b.moment,
    )
    .map(({ contact }) => contact);
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
  const start = portfolio.trainee.startDate;
  const { counted, notCounted } = splitSessions(portfolio, today);
  const cm = counted.filter((session) => session.type === 'case-management');
  const cs = counted.filter((session) => session.type === 'clinical-skills');
  const weeks = judgeWeeks(cm, weekStart(start), rules.caseManagementMinutesPerWeek, today);
  const fortnights = judgeRollingFortnights(
    cs,
    start,
    rules.clinicalSkillsMinutesPerFortnight,
    today,
  );
  return {
    caseManagement: {
      expectedMinutesPerWeek: rules.caseManagementMinutesPerWeek,
      weeksDue: weeks.due,
      weeksMet: weeks.met,
      weeksMissed: weeks.due - weeks.met,
      missedWeekRuns: weeks.runs,
      total: hoursTotal(cm, rules.minimumCaseManagementHours),
      cumulative: cumulativeHours(cm),
    },
    clinicalSkills: {
      expectedMinutesPerFortnight: rules.clinicalSkillsMinutesPerFortnight,
      daysJudged: fortnights.daysJudged,
      gaps: fortnights.gaps,
      fortnightsMissed: fortnights.gaps.reduce((sum, gap) => sum + gap.fortnights, 0),
      total: hoursTotal(cs, rules.minimumClinicalSkillsHours),
      cumulative: cumulativeHours(cs),
    },
    ...caseReviews(portfolio, cm, today),
    notCounted,
    outsideWindow: beforeStart(portfolio.supervision, countingRange(portfolio, today)),
  };
}
