import type { CaseloadPhase } from '../../../../shared/schemas/records';
import type { CompetencyStage } from '../../../../shared/domain/interventions';
import type { ContactKind, ContactMode } from '../../../../shared/domain/practice-hours';
import type { DayKind } from '../../../../shared/domain/programme-days';
import type { PortfolioState } from '../../../../shared/domain/reports';
import { formatCalendarDate } from '../../format';

/**
 * The dashboard's words and number formats in one place, so every section says the same thing
 * the same way (hours always to one decimal, percentages with the project's "80 %" spacing).
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

/**
 * Domain sentences may carry ISO dates ("Gateway not before 2027-09-07"); users read dates the
 * NHS way, so they are rewritten here rather than in the shared domain, which stays UI-free.
 */
export function withReadableDates(text: string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (date) => formatCalendarDate(date));
}

export const phaseName: Record<CaseloadPhase, string> = {
  shadowing: 'Shadowing',
  reduced: 'Reduced caseload',
  full: 'Full caseload',
};

export const stageName: Record<CompetencyStage, string> = {
  'not-started': 'Not started',
  observed: 'Observed',
  practised: 'Practised',
  assessed: 'Assessed',
};

export const dayKindName: Record<DayKind, string> = {
  taught: 'Taught',
  directed: 'Directed learning',
};

export const contactKindName: Record<ContactKind, string> = {
  assessment: 'Assessment',
  treatment: 'Treatment',
  review: 'Review',
  group: 'Group or psychoeducation',
  shadowing: 'Shadowing',
};

export const contactModeName: Record<ContactMode, string> = {
  'face-to-face': 'Face to face',
  telephone: 'Telephone',
  video: 'Video',
  'ccbt-support': 'Computerised CBT support',
};

export const portfolioStateName: Record<PortfolioState, string> = {
  draft: 'Draft — not yet submitted',
  submitted: 'Submitted, waiting for the result',
  pass: 'Passed',
  refer: 'Referred — one resubmission allowed',
  fail: 'Not passed',
};
