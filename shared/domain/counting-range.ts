import type { Portfolio } from '../schemas/portfolio';
import type { Amendable } from './current-records';
import { countedRecords } from './current-records';

/**
 * The one rule for which dated records count, shared by every count in the report (tiles,
 * charts and series, readiness and the CLI all read the report, so they agree by construction).
 *
 * A record of something that happened counts on a report date `today` only when it is current,
 * submitted and dated from the trainee's `startDate` to `today`, both included. Records dated
 * before the start are outside the programme: they are listed (`outsideWindow` in each part of
 * the report) rather than counted, and a file holding them still opens. Records dated after
 * `today` have not happened yet as of the report date and are not counted either.
 *
 * Dates are validated `YYYY-MM-DD` strings, so comparing them as strings compares the days.
 */
export interface CountingRange {
  /** The first day that counts: the trainee's start date. */
  from: string;
  /** The last day that counts: the report date. */
  to: string;
}

export function countingRange(portfolio: Portfolio, today: string): CountingRange {
  return { from: portfolio.trainee.startDate, to: today };
}

export function inCountingRange(date: string, range: CountingRange): boolean {
  return date >= range.from && date <= range.to;
}

/** Current, submitted records dated within the range: the records a count may use. */
export function countedInRange<T extends Amendable & { date: string }>(
  records: readonly T[],
  range: CountingRange,
): T[] {
  return countedRecords(records).filter((record) => inCountingRange(record.date, range));
}

/**
 * Current, submitted records dated before the start date, oldest first: in the file, shown,
 * never counted ("outside the programme window, not counted").
 */
export function beforeStart<T extends Amendable & { date: string }>(
  records: readonly T[],
  range: CountingRange,
): T[] {
  return countedRecords(records)
    .filter((record) => record.date < range.from)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
