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

/**
 * `date` plus whole months, clamped: the 31st becomes the month's last day where the month is
 * shorter, and 29 February becomes 28 February in a common year. For stepping through a calendar
 * month by month (charts, generated examples), never for a programme rule: a window or a "from
 * month N" is measured with `anniversary` and `windowEnd`, which do not lose a day.
 */
export function addMonths(date: string, months: number): string {
  return fromUtc(addMonthsFns(toUtc(date), months));
}

/** Days in a month; `monthIndex` is 0-based and may run past December or before January. */
function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/**
 * The date `months` whole months after `date` (before it, for a negative number): the same day of
 * the month, `months` months on. When that day does not exist in the target month (29 February in
 * a common year, the 31st of a 30-day month, the 30th or 31st of February) the anniversary falls
 * on the next real day, the 1st of the following month. So 2028-02-29 + 12 → 2029-03-01 and
 * 2026-01-31 + 1 → 2026-03-01, while 2026-01-28 + 1 → 2026-02-28. Every programme period is
 * measured with this: the completion window, the gateway, "from month N", report-date bounds.
 */
export function anniversary(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1;
  const day = Number(date.slice(8, 10));
  const target = year * 12 + month + months;
  const targetYear = Math.floor(target / 12);
  const targetMonth = target - targetYear * 12;
  if (day <= daysInMonth(targetYear, targetMonth))
    return formatDate(targetYear, targetMonth + 1, day);
  const nextYear = targetMonth === 11 ? targetYear + 1 : targetYear;
  return formatDate(nextYear, ((targetMonth + 1) % 12) + 1, 1);
}

/**
 * The last day (inclusive) of a window of `months` months from `start`: the day before
 * `anniversary(start, months)`. The window holds exactly the days `start … windowEnd`, which is
 * `daysBetween(start, anniversary(start, months))` days.
 */
export function windowEnd(start: string, months: number): string {
  return addDays(anniversary(start, months), -1);
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

/**
 * The calendar date an instant names in the offset it was written with: `2026-06-06T00:30:00+01:00`
 * is 6 June, as the person who wrote it saw their calendar (`2026-06-05T23:30:00Z`, the same
 * moment, names 5 June). Used for the day a sign-off was signed.
 */
export function writtenDate(instant: string): string {
  return instant.slice(0, 10);
}

/**
 * Today: the calendar date of `now` on this computer's own clock and time zone (its local year,
 * month and day), `YYYY-MM-DD`. The one definition of today everywhere — the forms' default
 * dates, the report, history and exported file names — so at 00:30 in British Summer Time it is
 * already the new day, as on the person's wall calendar, not the UTC date (still yesterday).
 * `offsetMinutes`, minutes east of UTC, replaces the machine's time zone (for tests and callers
 * that know the zone): `localToday(new Date('2026-06-05T23:30:00Z'), 60)` is `2026-06-06`.
 */
export function localToday(now: Date, offsetMinutes?: number): string {
  if (offsetMinutes === undefined)
    return formatDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
  const shifted = new Date(now.getTime() + offsetMinutes * 60_000);
  return formatDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** The months in English, January first: one list for every sentence and generated text. */
export const MONTH_NAMES = [
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
  const month = MONTH_NAMES[Number(date.slice(5, 7)) - 1] ?? date.slice(5, 7);
  return `${Number(date.slice(8, 10))} ${month} ${date.slice(0, 4)}`;
}
