import type { Readiness, RequirementId } from '../domain/readiness';
import { calendarDate, withReadableDates } from './words';

/** A requirement that is not met yet, with each missing item in words people read. */
export interface MissingGroup {
  id: RequirementId;
  label: string;
  items: string[];
}

export interface ReadinessWords {
  ready: boolean;
  heading: string;
  /** The sentence under the heading. */
  summary: string;
  /** Only the requirements still missing something, in the report's order. */
  missing: MissingGroup[];
}

/**
 * Exam-board readiness in words. Not being ready is the normal state for most of the year, so
 * the wording is calm: how much is met, and exactly what is still missing, grouped under the
 * requirement it belongs to.
 */
export function readinessWords(readiness: Readiness, at: string): ReadinessWords {
  const met = readiness.requirements.filter((r) => r.met).length;
  const total = readiness.requirements.length;
  if (readiness.ready)
    return {
      ready: true,
      heading: 'Ready for the exam board',
      summary: `All ${total} requirements are met as of ${calendarDate(at)}. Nothing is missing.`,
      missing: [],
    };
  return {
    ready: false,
    heading: 'Not ready for the exam board yet',
    summary: `${met} of ${total} requirements are met as of ${calendarDate(at)}. This is what is still missing:`,
    missing: readiness.requirements
      .filter((r) => !r.met)
      .map((r) => ({ id: r.id, label: r.label, items: r.missing.map(withReadableDates) })),
  };
}
