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
  /**
   * Days dated outside the window (before the start, or after it closes): listed, never counted
   * ("outside the programme window, not counted").
   */
  outsideWindow: ProgrammeDay[];
  /**
   * Days of one module on one date beyond the first: only one counts (the one written last);
   * these are listed, not counted. New duplicates are refused on save (`entry-rules.ts`).
   */
  duplicates: ProgrammeDay[];
  allAccountedFor: boolean;
  /**
   * The date of every attended day on or before today, ascending, one entry per day (a date
   * repeats when two days share it), so a chart can draw the running count. Only days of the
   * programme's own modules count, as in `totals`.
   */
  attendedDates: string[];
}

/**
 * A day's status as of `today`: a day dated after `today` has not happened yet, so whatever it
 * says it is planned (a file written before the save-time rule may hold an "attended" day in the
 * future; it counts as attended from its date on).
 */
export function statusOn(day: ProgrammeDay, today: string): ProgrammeDay['status'] {
  return day.date > today ? 'planned' : day.status;
}

function tally(days: readonly ProgrammeDay[], required: number, today: string): DayTally {
  const count = (predicate: (d: ProgrammeDay) => boolean) => days.filter(predicate).length;
  const is = (status: ProgrammeDay['status']) => (d: ProgrammeDay) => statusOn(d, today) === status;
  const attended = count(is('attended'));
  const authorisedAbsence = count(is('authorised-absence'));
  const missed = count(is('missed'));
  const planned = count((d) => is('planned')(d) && d.date >= today);
  const unrecorded = count((d) => is('planned')(d) && d.date < today);
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
    if (statusOn(d, today) === 'attended' && moduleIds.has(d.moduleId)) dates.push(d.date);
  return dates.sort();
}

/**
 * One day per module and date: of several current, submitted records of one module on one date,
 * the one written last (by `recordedAt`, then by its place in the file) counts.
 */
export function withoutDuplicateDays(days: readonly ProgrammeDay[]): {
  days: ProgrammeDay[];
  duplicates: ProgrammeDay[];
} {
  const chosen = new Map<string, ProgrammeDay>();
  for (const day of days) {
    const key = `${day.moduleId} ${day.date}`;
    const held = chosen.get(key);
    if (!held || Date.parse(day.recordedAt) >= Date.parse(held.recordedAt)) chosen.set(key, day);
  }
  const kept = new Set(chosen.values());
  return {
    days: days.filter((d) => kept.has(d)),
    duplicates: days.filter((d) => !kept.has(d)),
  };
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
  // Only days inside the completion window count, one per module and date; a day dated after
  // `today` counts as planned (`statusOn`), so every tally and the chart's `attendedDates` agree.
  const current = countedRecords(portfolio.programmeDays);
  const outsideWindow = current.filter((d) => d.date < windowStart || d.date > windowEnd);
  const { days, duplicates } = withoutDuplicateDays(
    current.filter((d) => d.date >= windowStart && d.date <= windowEnd),
  );

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
    absences: days.filter((d) => {
      const status = statusOn(d, today);
      return status === 'authorised-absence' || status === 'missed';
    }),
    outsideWindow,
    duplicates,
    allAccountedFor: modules.every((m) => m.accountedFor && !m.cannotPass),
    attendedDates: attendedDatesUpTo(days, new Set(programme.modules.map((m) => m.id)), today),
  };
}
