import { addDays, anniversary, daysBetween, weekdayIndex, weekStart, windowEnd } from '../dates';
import type { Random } from './random';

/**
 * The calendar the generator works on: the 12-month training window cut into Monday–Sunday
 * weeks, the UK fixed-date bank holidays, and the instants at which entries are written.
 */

/** Weeks of shadowing before the reduced-caseload gate opens (it opens on the Monday of week 9). */
export const SHADOWING_WEEKS = 8;

export interface Timeline {
  start: string;
  /** The last day of the 12-month window (inclusive). */
  end: string;
  /** The Monday of the week holding the start date; week 0 begins here. */
  base: string;
  weeks: number;
  /** When the reduced-caseload gate takes effect: the Monday of week 9. */
  reducedFrom: string;
  /** When the full-caseload gate takes effect: the first Monday from month N (later if behind). */
  fullFrom: string;
}

export function timelineFor(
  start: string,
  windowMonths: number,
  fullCaseloadFromMonth: number,
  fullGateDelayDays: number,
): Timeline {
  const base = weekStart(start);
  // The same windows the rules use, so a generated year fits them to the day.
  const end = windowEnd(start, windowMonths);
  const monthN = anniversary(start, fullCaseloadFromMonth - 1);
  return {
    start,
    end,
    base,
    weeks: Math.floor(daysBetween(base, end) / 7) + 1,
    reducedFrom: addDays(base, SHADOWING_WEEKS * 7),
    fullFrom: addDays(firstMondayFrom(monthN), fullGateDelayDays),
  };
}

function firstMondayFrom(date: string): string {
  const offset = (7 - weekdayIndex(date)) % 7;
  return addDays(date, offset);
}

/** Christmas Day, Boxing Day and New Year's Day: nobody works. */
export function isBankHoliday(date: string): boolean {
  const monthDay = date.slice(5);
  return monthDay === '12-25' || monthDay === '12-26' || monthDay === '01-01';
}

/** Christmas Eve to New Year's Day: the trainee is on leave, so no clinics and no teaching. */
export function isChristmasBreak(date: string): boolean {
  const monthDay = date.slice(5);
  return monthDay >= '12-24' || monthDay === '01-01';
}

/** The Monday of week `week`. */
export function mondayOf(timeline: Timeline, week: number): string {
  return addDays(timeline.base, week * 7);
}

/** Monday to Friday of week `week` that fall inside the window and are not bank holidays. */
export function workingDaysOf(timeline: Timeline, week: number): string[] {
  const monday = mondayOf(timeline, week);
  const days: string[] = [];
  for (let offset = 0; offset < 5; offset += 1) {
    const day = addDays(monday, offset);
    if (day >= timeline.start && day <= timeline.end && !isBankHoliday(day)) days.push(day);
  }
  return days;
}

/** The first working day (Monday–Friday, not a bank holiday) on or after `date`. */
export function workingDayFrom(date: string): string {
  let day = date;
  while (weekdayIndex(day) > 4 || isBankHoliday(day)) day = addDays(day, 1);
  return day;
}

/** The last working day on or before `date`. */
export function workingDayUntil(date: string): string {
  let day = date;
  while (weekdayIndex(day) > 4 || isBankHoliday(day)) day = addDays(day, -1);
  return day;
}

/** A working day picked at random between `from` and `to` days after `origin`. */
export function workingDayBetween(random: Random, origin: string, from: number, to: number) {
  return workingDayFrom(addDays(origin, random.int(from, to)));
}

const pad = (value: number) => String(value).padStart(2, '0');

/** An ISO 8601 instant in UTC, to the second: `YYYY-MM-DDTHH:MM:SSZ`. */
export function instantOn(date: string, hour: number, minute: number, second = 0): string {
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}Z`;
}

/**
 * When an entry about an event on `date` was written: mostly the same day or the next, now and
 * then two or three days later, rarely a week or more behind — always on a working day, at a
 * working hour.
 */
export function writtenAfter(random: Random, date: string): string {
  const lag = random.weighted([
    [0, 55],
    [1, 25],
    [2, 8],
    [3, 7],
    [random.int(4, 10), 5],
  ] as const);
  const day = workingDayFrom(addDays(date, lag));
  const hour = day === date ? random.int(12, 17) : random.int(9, 17);
  return instantOn(day, hour, random.int(0, 59), random.int(0, 59));
}

/** A signature some days after an entry was written, at a working hour. */
export function signedAfter(random: Random, recordedAt: string, from: number, to: number) {
  const day = workingDayBetween(random, recordedAt.slice(0, 10), from, to);
  return instantOn(day, random.int(9, 17), random.int(0, 59), random.int(0, 59));
}
