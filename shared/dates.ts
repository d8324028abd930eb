import {
  addDays as addDaysFns,
  addMonths as addMonthsFns,
  differenceInCalendarDays,
} from 'date-fns';
import { UTCDate } from '@date-fns/utc';

/**
 * Calendar dates (`YYYY-MM-DD`) and instants (ISO 8601 with offset).
 *
 * A calendar date is a day on the wall calendar, not a moment: it is handled as UTC midnight so
 * that arithmetic never shifts across BST changes, whatever the machine's time zone.
 */

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: string): boolean {
  const match = calendarDatePattern.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

export function isInstant(value: string): boolean {
  return instantPattern.test(value) && !Number.isNaN(Date.parse(value));
}

// Calendar arithmetic on `YYYY-MM-DD` strings, done in UTC so no day is ever lost or doubled at a
// BST change. date-fns does the month and leap-year work.

function toUtc(date: string): UTCDate {
  return new UTCDate(`${date}T00:00:00Z`);
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `date` plus `days` (negative to go back). */
export function addDays(date: string, days: number): string {
  return fromUtc(addDaysFns(toUtc(date), days));
}

/** `date` plus whole months; the 31st becomes the month's last day where the month is shorter. */
export function addMonths(date: string, months: number): string {
  return fromUtc(addMonthsFns(toUtc(date), months));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(toUtc(to), toUtc(from));
}

/** Day of the week, Monday = 0 … Sunday = 6. */
export function weekdayIndex(date: string): number {
  return (toUtc(date).getUTCDay() + 6) % 7;
}

/** The Monday of the week that holds `date`. */
export function weekStart(date: string): string {
  return addDays(date, -weekdayIndex(date));
}

/** `YYYY-MM` of a calendar date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The calendar date of an instant, in UTC. */
export function dateOfInstant(instant: string): string {
  return new Date(instant).toISOString().slice(0, 10);
}
