import { z } from 'zod';
import { isCalendarDate, isInstant } from '../dates';
import {
  findPatientIdentifiers,
  identifierMessage,
  PATIENT_CODE_PATTERN,
} from '../domain/data-minimisation';

/** The first and last dates any record may carry: far wider than any PWP programme's life. */
export const EARLIEST_CALENDAR_DATE = '2000-01-01';
export const LATEST_CALENDAR_DATE = '2100-12-31';

/**
 * A day on the calendar, `YYYY-MM-DD` (e.g. a programme day or the date of a contact), between
 * 2000 and 2100: a date outside is a typing slip, and would make the rules reason about millennia.
 */
export const calendarDate = z
  .string()
  .refine(isCalendarDate, { message: 'Enter a real date (YYYY-MM-DD)', abort: true })
  .refine((date) => date >= EARLIEST_CALENDAR_DATE && date <= LATEST_CALENDAR_DATE, {
    message: 'Enter a date between 2000 and 2100',
  });

/** A moment in time, ISO 8601 with a zone (e.g. when a record was written or signed). */
export const instant = z
  .string()
  .refine(isInstant, { message: 'Enter a date and time in ISO 8601 form with a time zone' });

/** Identifiers used in file names and records: lower-case letters, digits and dashes only. */
export const recordId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Use 1–64 lower-case letters, digits or dashes');

/** Half of a character pair (e.g. half an emoji): cannot be signed or stored reliably. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Refuses text that carries patient identifiers, saying every kind found and where. */
function withoutPatientIdentifiers<T extends z.ZodType<string>>(schema: T) {
  return schema.superRefine((text, ctx) => {
    if (LONE_SURROGATE.test(text)) {
      ctx.addIssue({
        code: 'custom',
        message: 'This text contains a broken character; please retype it',
      });
      return;
    }
    const findings = findPatientIdentifiers(text);
    if (findings.length > 0) {
      ctx.addIssue({ code: 'custom', message: identifierMessage(findings, text) });
    }
  });
}

/** A short line of text a person types: trimmed, not empty, bounded, free of patient identifiers. */
export const shortText = (label: string, max = 120) =>
  withoutPatientIdentifiers(
    z
      .string()
      .trim()
      .min(1, `Enter the ${label}`)
      .max(max, `The ${label} must be ${max} characters or fewer`),
  );

/** Longer writing (notes, reflections, comments): may be empty, bounded, free of identifiers. */
export const freeText = (label: string, max = 20_000) =>
  withoutPatientIdentifiers(
    z
      .string()
      .trim()
      .max(max, `The ${label} must be ${max.toLocaleString('en-GB')} characters or fewer`),
  );

export const patientCode = z
  .string()
  .trim()
  .regex(
    PATIENT_CODE_PATTERN,
    'Use the pseudonymous patient code, e.g. PT-0042 (letters, optional dash, digits)',
  );

export const minutes = (label: string, max = 600) =>
  z
    .number({ message: `Enter the ${label} in minutes` })
    .int(`The ${label} must be whole minutes`)
    .min(1, `The ${label} must be at least 1 minute`)
    .max(max, `The ${label} cannot be more than ${max} minutes`);
