import { localToday } from '../../../shared/dates';

/**
 * Today's date on the person's own calendar, `YYYY-MM-DD` (not UTC: at 00:30 BST it is already
 * today). The forms' default dates; the same definition as the report's today (`localToday`).
 */
export function todayIso(now: Date = new Date()): string {
  return localToday(now);
}
