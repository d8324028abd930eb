import { daysBetween, windowEnd as windowEndOf } from '../dates';
import type { Portfolio } from '../schemas/portfolio';
import type { ProgrammeDay } from '../schemas/records';
import { countedRecords } from './current-records';

export type DayKind = ProgrammeDay['kind'];

export interface DayTally {
  required: number;
  attended: number;
  authorisedAbsence: number;
  missed: number;
  /** Planned for a date still to come. */
  planned: number;
  /** Dated in the past but still marked planned: nobody has said what happened. */
  unrecorded: number;
  /** Required days with no record at all yet. */
  unscheduled: number;
  /** Required days not yet attended. */
  remaining: number;
}

export interface ModuleDays extends DayTally {
  moduleId: string;
  title: string;
  byKind: Record<DayKind, DayTally>;
  /** Attended as a share of the days held so far (attended, absent or missed); null before any. */
  attendancePercentSoFar: number | null;
  /** The best attendance still possible if every remaining day is attended. */
  bestPossiblePercent: number;
  /** Below the programme's minimum even at best: the module cannot be passed. */
  cannotPass: boolean;
  /** Every required day is attended or an authorised absence. */
  accountedFor: boolean;
}

export interface ProgrammeDayProgress {
  windowStart: string;
  /** The last day of the window (inclusive). */
  windowEnd: string;
  daysLeftInWindow: number;
  windowClosed: boolean;
  totals: DayTally;
  byKind: Record<DayKind, DayTally>;
  modules: ModuleDays[];
  /** Every absence is flagged, authorised or not (100 % attendance is expected). */
  absences: ProgrammeDay[];
  /** Days dated outside the window (before the start, or after it closes). */
  outsideWindow: ProgrammeDay[];
  allAccountedFor: boolean;
  /**
   * The date of every attended day on or before today, ascending, one entry per day (a date
   * repeats when two days share it), so a chart can draw the running count. Only days of the
   * programme's own modules count, as in `totals`.
   */
  attendedDates: string[];
}

function tally(days: readonly ProgrammeDay[], required: number, today: string): DayTally {
  const count = (predicate: (d: ProgrammeDay) => boolean) => days.filter(predicate).length;
  const attended = count((d) => d.status === 'attended');
  const authorisedAbsence = count((d) => d.status === 'authorised-absence');
  const missed = count((d) => d.status === 'missed');
  const planned = count((d) => d.status === 'planned' && d.date >= today);
  const unrecorded = count((d) => d.status === 'planned' && d.date < today);
  return {
    required,
    attended,
    authorisedAbsence,
    missed,
    planned,
    unrecorded,
    unscheduled: Math.max(0, required - days.length),
    remaining: Math.max(0, required - attended),
  };
}

function sum(tallies: readonly DayTally[]): DayTally {
  const keys = [
    'required',
    'attended',
    'authorisedAbsence',
    'missed',
    'planned',
    'unrecorded',
    'unscheduled',
    'remaining',
  ] as const;
  const total = Object.fromEntries(keys.map((k) => [k, 0])) as unknown as DayTally;
  for (const t of tallies) for (const k of keys) total[k] += t[k];
  return total;
}

/** Attended days to date, ascending: ISO dates sort as strings, so no date parsing is needed. */
function attendedDatesUpTo(
  days: readonly ProgrammeDay[],
  moduleIds: ReadonlySet<string>,
  today: string,
): string[] {
  const dates: string[] = [];
  for (const d of days)
    if (d.status === 'attended' && d.date <= today && moduleIds.has(d.moduleId)) dates.push(d.date);
  return dates.sort();
}

const percent = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;

/**
 * Programme days per module and kind: what is done, planned and left, attendance against the
 * programme's expectation and pass mark, and how much of the completion window remains.
 */
export function programmeDayProgress(portfolio: Portfolio, today: string): ProgrammeDayProgress {
  const { programme, trainee } = portfolio;
  const windowStart = trainee.startDate;
  // The window runs from the start date to the day before its `windowMonths` anniversary.
  const windowEnd = windowEndOf(windowStart, programme.windowMonths);
  const days = countedRecords(portfolio.programmeDays);

  const modules = programme.modules.map((module): ModuleDays => {
    const mine = days.filter((d) => d.moduleId === module.id);
    const byKind = {
      taught: tally(
        mine.filter((d) => d.kind === 'taught'),
        module.taughtDays,
        today,
      ),
      directed: tally(
        mine.filter((d) => d.kind === 'directed'),
        module.directedDays,
        today,
      ),
    };
    const total = sum([byKind.taught, byKind.directed]);
    const held = total.attended + total.authorisedAbsence + total.missed;
    const lost = total.authorisedAbsence + total.missed;
    const bestPossiblePercent =
      total.required === 0 ? 100 : percent(Math.max(0, total.required - lost), total.required);
    const kindAccounted = (t: DayTally) => t.attended + t.authorisedAbsence >= t.required;
    return {
      moduleId: module.id,
      title: module.title,
      ...total,
      byKind,
      attendancePercentSoFar: held === 0 ? null : percent(total.attended, held),
      bestPossiblePercent,
      cannotPass: bestPossiblePercent < programme.attendance.minimumPercentToPassModule,
      accountedFor: kindAccounted(byKind.taught) && kindAccounted(byKind.directed),
    };
  });

  const byKind = {
    taught: sum(modules.map((m) => m.byKind.taught)),
    directed: sum(modules.map((m) => m.byKind.directed)),
  };
  const daysLeft = daysBetween(today, windowEnd);
  return {
    windowStart,
    windowEnd,
    daysLeftInWindow: Math.max(0, daysLeft),
    windowClosed: daysLeft < 0,
    totals: sum([byKind.taught, byKind.directed]),
    byKind,
    modules,
    absences: days.filter((d) => d.status === 'authorised-absence' || d.status === 'missed'),
    outsideWindow: days.filter((d) => d.date < windowStart || d.date > windowEnd),
    allAccountedFor: modules.every((m) => m.accountedFor && !m.cannotPass),
    attendedDates: attendedDatesUpTo(days, new Set(programme.modules.map((m) => m.id)), today),
  };
}
