import { z } from 'zod';
import { isCalendarDate, isInstant } from '../dates';

/** A day on the calendar, `YYYY-MM-DD` (e.g. a programme day or the date of a contact). */
export const calendarDate = z
  .string()
  .refine(isCalendarDate, { message: 'Enter a real date in the form YYYY-MM-DD' });

/** A moment in time, ISO 8601 with a zone (e.g. when a record was written or signed). */
export const instant = z
  .string()
  .refine(isInstant, { message: 'Enter a date and time in ISO 8601 form with a time zone' });

/** Identifiers used in file names and records: lower-case letters, digits and dashes only. */
export const recordId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Use 1–64 lower-case letters, digits or dashes');

/** A short line of text a person types: trimmed, not empty, bounded. */
export const shortText = (label: string, max = 120) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${label}`)
    .max(max, `The ${label} must be ${max} characters or fewer`);
