import type { FieldValues } from 'react-hook-form';
import type { Person, SupervisionSession } from '../../../../shared/schemas/records';

/** What the supervision log calls each type and format, in the form, the list and the view. */
export const typeLabels: Record<SupervisionSession['type'], string> = {
  'case-management': 'Case management',
  'clinical-skills': 'Clinical skills',
};

export const formatLabels: Record<SupervisionSession['format'], string> = {
  individual: 'Individual',
  group: 'Group',
};

/** How an untrained supervisor is marked wherever they can be chosen or are named. */
export const UNTRAINED_MARK = '(no supervisor training — does not count)';

/**
 * The patient-codes box → a list: one code a line or comma-separated, blanks dropped. Codes are
 * kept as typed (not upper-cased or de-duplicated), so an error's position matches what the
 * person sees: "Patient code 3" is the third code they wrote.
 */
export function parsePatientCodes(text: unknown): string[] {
  if (Array.isArray(text)) return text.map(String);
  if (typeof text !== 'string') return [];
  return text
    .split(/[\n,]/)
    .map((code) => code.trim())
    .filter((code) => code !== '');
}

/** Form values → the session's shape: the codes box becomes the list the schema checks. */
export function toSupervisionRecord(values: FieldValues): FieldValues {
  return { ...values, patientCodesReviewed: parsePatientCodes(values.patientCodesReviewed) };
}

/** A session's fields → form values: the list goes back into the box, one code a line. */
export function toSupervisionForm(values: FieldValues): FieldValues {
  const codes: unknown = values.patientCodesReviewed;
  return { ...values, patientCodesReviewed: Array.isArray(codes) ? codes.join('\n') : '' };
}

const CODE_PATH = /^patientCodesReviewed\.(\d+)$/;

/**
 * An error on one code (`patientCodesReviewed.2`) belongs to the codes box and is worded by its
 * position, counting from 1 as people do: "Patient code 3: …".
 */
export function summaryError(path: string, message: string): { path: string; message: string } {
  const match = CODE_PATH.exec(path);
  if (!match) return { path, message };
  return {
    path: 'patientCodesReviewed',
    message: `Patient code ${Number(match[1]) + 1}: ${message}`,
  };
}

/** Every error on the codes box (the list's own, or each code's), worded for the box. */
export function patientCodesErrors(error: unknown): string[] {
  if (!error || typeof error !== 'object') return [];
  const own = (error as { message?: unknown }).message;
  if (typeof own === 'string') return [own];
  return Object.entries(error).flatMap(([key, value]) => {
    const message = (value as { message?: unknown } | undefined)?.message;
    return /^\d+$/.test(key) && typeof message === 'string'
      ? [summaryError(`patientCodesReviewed.${key}`, message).message]
      : [];
  });
}

/** A session's supervisor as named in the list and the view, marked when they do not count. */
export function supervisorName(person: Person | undefined, id: string): string {
  if (!person) return `${id} (not listed)`;
  return person.role === 'supervisor' && !person.supervisorTrained
    ? `${person.name} ${UNTRAINED_MARK}`
    : person.name;
}

/**
 * Whether a session counts towards the supervision totals, and if not why — the same rules as
 * `shared/domain/supervision.ts` (submitted, current, dated up to today, trained supervisor),
 * worded for the person who logged it.
 */
export function countsText(
  session: SupervisionSession,
  person: Person | undefined,
  corrected: boolean,
  today: string,
): string {
  if (corrected) return 'No — this entry was corrected, and the correction counts instead.';
  if (session.state === 'draft') return 'Not yet — a draft counts once it is submitted.';
  if (person?.role !== 'supervisor')
    return 'No — the supervisor is not on your list of supervisors.';
  if (!person.supervisorTrained)
    return `No — ${person.name} has not completed low-intensity supervisor training (as recorded on Supervisors and tutors), so their supervision does not count.`;
  if (session.date > today) return 'Not yet — it counts from the day of the session.';
  return 'Yes';
}
