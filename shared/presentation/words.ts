import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';

/**
 * The progress report's number formats and small word helpers in one place, so the dashboard,
 * `pwp check` and any export say the same thing the same way (hours always to one decimal,
 * percentages with the project's "80 %" spacing, dates the NHS way).
 */

const oneDecimalFormat = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** A number to one decimal: `1.25` → `1.3`, `10` → `10.0`. */
export function oneDecimal(value: number): string {
  return oneDecimalFormat.format(value);
}

/** A figure that is usually whole (contacts a week): `16`, but `16.8` when it is not. */
export function figure(value: number): string {
  return Number.isInteger(value) ? String(value) : oneDecimal(value);
}

/** Hours are always shown to one decimal, so totals line up and 0.1 h is never hidden. */
export const hours = oneDecimal;

/** A count with its noun: `1 day`, `3 days`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A rate from 0 to 1 as a whole percentage, or a dash when there is nothing to divide by. */
export function percent(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)} %`;
}

/** `count of total (rate)`, the way services report outcome figures. */
export function countOf(count: number, total: number): string {
  return total === 0 ? `${count} of ${total}` : `${count} of ${total} (${percent(count / total)})`;
}

/** `2026-03-03` → `3 Mar 2026`, as dates are written in the NHS; a calendar date never shifts zone. */
export function calendarDate(value: string): string {
  return format(new UTCDate(`${value}T00:00:00Z`), 'd MMM yyyy');
}

/**
 * Domain sentences may carry ISO dates ("Gateway not before 2027-09-07"); people read dates the
 * NHS way, so they are rewritten here rather than in the domain, which keeps its dates exact.
 */
export function withReadableDates(text: string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (date) => calendarDate(date));
}
