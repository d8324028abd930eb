/**
 * The data-minimisation guard: patient identifiers never enter a portfolio. Every free-text
 * field passes through `findPatientIdentifier`; a hit is refused with a message that says what
 * was found and why, so the person can rephrase.
 */

export type IdentifierKind = 'nhs-number' | 'date-of-birth' | 'email' | 'phone' | 'postcode';

export interface IdentifierFinding {
  kind: IdentifierKind;
  /** The text that matched, as typed. */
  match: string;
}

/** True when ten digits carry a valid NHS number check digit (modulus 11). */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

// Ten digits, optionally grouped 3-3-4 by spaces or dashes, not inside a longer number.
const nhsCandidate = /(?<![\d])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d])/g;
const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/;
// UK numbers: +44 or 0, then 9–10 more digits, allowing spaces, dashes and brackets.
const phone = /(?<![\d+])(?:\+44\s?\(?0?\)?|\(?0)\d(?:[\s-]?\)?\d){8,9}(?![\d])/;
// Outward code, optional space, inward code (whose letters never include C I K M O V).
const postcode = /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}\b/i;
const months = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const anyDate = new RegExp(
  String.raw`\b(?:\d{1,2}[/.-]\d{1,2}[/.-](\d{2}|\d{4})|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:${months})[a-z]*\.?\s+(\d{4}))\b`,
  'i',
);
const dobCue = /\b(?:d\.?o\.?b\.?|date of birth|born(?: on| in)?|birthday)\b/i;
/** Events in a portfolio are recent; a full date from before this year is taken to be a birth date. */
const EARLIEST_EVENT_YEAR = 2010;

function findDateOfBirth(text: string): string | null {
  const cue = dobCue.exec(text);
  if (cue) {
    const after = text.slice(cue.index);
    const date = anyDate.exec(after);
    return date ? `${cue[0]} ${date[0]}` : null;
  }
  const datePattern = new RegExp(anyDate.source, 'gi');
  for (const found of text.matchAll(datePattern)) {
    const yearText = found[1] ?? found[2] ?? found[0].slice(0, 4);
    const year = yearText.length === 2 ? 1900 + Number(yearText) : Number(yearText);
    if (year < EARLIEST_EVENT_YEAR) return found[0];
  }
  return null;
}

/** The first patient identifier in `text`, or null when there is none. */
export function findPatientIdentifier(text: string): IdentifierFinding | null {
  for (const found of text.matchAll(nhsCandidate)) {
    if (isValidNhsNumber(`${found[1] ?? ''}${found[2] ?? ''}${found[3] ?? ''}`)) {
      return { kind: 'nhs-number', match: found[0] };
    }
  }
  const dob = findDateOfBirth(text);
  if (dob) return { kind: 'date-of-birth', match: dob };
  const checks: [IdentifierKind, RegExp][] = [
    ['email', email],
    ['phone', phone],
    ['postcode', postcode],
  ];
  for (const [kind, pattern] of checks) {
    const found = pattern.exec(text);
    if (found) return { kind, match: found[0] };
  }
  return null;
}

const describe: Record<IdentifierKind, string> = {
  'nhs-number': 'an NHS number',
  'date-of-birth': 'a date of birth',
  email: 'an email address',
  phone: 'a phone number',
  postcode: 'a postcode',
};

/** The sentence shown next to the field. */
export function identifierMessage(finding: IdentifierFinding): string {
  return `“${finding.match}” looks like ${describe[finding.kind]}. Patient details must stay out of your portfolio — use the patient code instead.`;
}

/**
 * Pseudonymous patient codes: one to four capital letters, an optional dash, then one to six
 * digits (e.g. `PT-0042`, `AB123`). Short enough never to be an NHS number, and with no room for
 * initials plus a birth date.
 */
export const PATIENT_CODE_PATTERN = /^[A-Z]{1,4}-?\d{1,6}$/;
