import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';
import { addDays, addMonths, daysBetween } from '../dates';

/**
 * The series the progress charts draw, and the by-month rows their "Show as table" and their
 * spoken summaries are made of. Pure data: the renderer draws it, an export can write it out.
 */

/** A running total on a date: the value holds from this date until the next point. */
export interface Point {
  date: string;
  value: number;
}

/** A running count from dates, one per counted thing, ascending (a date may repeat). */
export function countSeries(dates: readonly string[]): Point[] {
  return dates.map((date, index) => ({ date, value: index + 1 }));
}

/**
 * The series' value at the end of `date`: the last point on or before it, 0 before the first.
 * A binary search, since portfolios can hold thousands of points and each table row asks.
 */
export function valueOn(points: readonly Point[], date: string): number {
  let low = 0;
  let high = points.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((points[middle]?.date ?? '') <= date) low = middle + 1;
    else high = middle;
  }
  return points[low - 1]?.value ?? 0;
}

/** Keeps a date inside the chart's range (a report dated after the window ends, say). */
export function clampDate(date: string, start: string, end: string): string {
  return date < start ? start : date > end ? end : date;
}

/** Where an even pace from 0 at `start` to `target` at `end` stands on `date`. */
export function evenPlanOn(date: string, start: string, end: string, target: number): number {
  const total = Math.max(1, daysBetween(start, end));
  return (target * daysBetween(start, clampDate(date, start, end))) / total;
}

/** A calendar date in a date-fns pattern, read at UTC midnight so it never shifts zone. */
const formatDate = (date: string, pattern: string) =>
  format(new UTCDate(`${date}T00:00:00Z`), pattern);

/** One row of a by-month table: the month and the day its figures are taken on. */
export interface MonthRow {
  /** `Sep 2026`, or `Nov 2026 (to 15 Nov)` for the month still running. */
  label: string;
  /** The month's last day, or `last` for the month that holds it. */
  until: string;
}

/**
 * Each calendar month from `start`'s to `last`'s, so a year of records reads as twelve rows
 * rather than hundreds. Always at least one row, even when `last` comes before `start`.
 */
export function monthRows(start: string, last: string): MonthRow[] {
  const rows: MonthRow[] = [];
  let month = `${(start < last ? start : last).slice(0, 8)}01`;
  for (; month <= last; month = addMonths(month, 1)) {
    const monthEnd = addDays(addMonths(month, 1), -1);
    // No-break spaces keep "Sep 2026" and "to 15 Nov" whole when a narrow table wraps them.
    const name = formatDate(month, 'MMM\u00a0yyyy');
    rows.push(
      monthEnd <= last
        ? { label: name, until: monthEnd }
        : {
            label: `${name} (to\u00a0${formatDate(last, 'd\u00a0MMM')})`,
            until: last,
          },
    );
  }
  return rows;
}

/** `Sep 2026: 4, Oct 2026: 9`, for the sentence a screen reader hears for the picture. */
export function monthlySummary(
  rows: readonly MonthRow[],
  points: readonly Point[],
  formatValue: (value: number) => string,
): string {
  return rows.map((row) => `${row.label}: ${formatValue(valueOn(points, row.until))}`).join(', ');
}
