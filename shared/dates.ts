import { addMonths as addMonthsFns } from 'date-fns';
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

const DAY_MS = 86_400_000;

/**
 * Milliseconds of a calendar date at UTC midnight. The rules do date arithmetic on every record,
 * so days are counted with plain integer maths here; date-fns is kept for months, where month
 * lengths and leap years matter.
 */
function utcMs(date: string): number {
  return Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
}

/** `date` plus `days` (negative to go back). */
export function addDays(date: string, days: number): string {
  return new Date(utcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** `date` plus whole months; the 31st becomes the month's last day where the month is shorter. */
export function addMonths(date: string, months: number): string {
  return fromUtc(addMonthsFns(toUtc(date), months));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMs(to) - utcMs(from)) / DAY_MS);
}

/** Day of the week, Monday = 0 … Sunday = 6. */
export function weekdayIndex(date: string): number {
  return (new Date(utcMs(date)).getUTCDay() + 6) % 7;
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

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `2026-09-07` → `7 September 2026`, for messages that must read as words in any locale. */
export function dateInWords(date: string): string {
  const month = monthNames[Number(date.slice(5, 7)) - 1] ?? date.slice(5, 7);
  return `${Number(date.slice(8, 10))} ${month} ${date.slice(0, 4)}`;
}
