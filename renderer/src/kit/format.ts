import { format } from 'date-fns';
import { UTCDate } from '@date-fns/utc';

/** `2026-03-03` → `3 Mar 2026`, as dates are written in the NHS; a calendar date never shifts zone. */
export function formatCalendarDate(value: string): string {
  return format(new UTCDate(`${value}T00:00:00Z`), 'd MMM yyyy');
}

/** An instant in the user's own time zone: `3 Mar 2026, 14:05`. */
export function formatInstant(value: string): string {
  return format(new Date(value), 'd MMM yyyy, HH:mm');
}
