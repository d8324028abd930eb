import type { Readiness as ReadinessData } from '../../../../shared/domain/readiness';
import { formatCalendarDate } from '../../format';
import { withReadableDates } from './wording';

/**
 * Exam-board readiness, first on the page. Not being ready is the normal state for most of the
 * year, so the wording is calm: what is met, and exactly what is still missing, grouped under
 * the requirement it belongs to.
 */
export function Readiness({ readiness, at }: { readiness: ReadinessData; at: string }) {
  const met = readiness.requirements.filter((r) => r.met).length;
  const total = readiness.requirements.length;

  if (readiness.ready) {
    return (
      <section
        className="nhsuk-inset-text app-readiness app-readiness--ready"
        aria-labelledby="dashboard-readiness"
      >
        <h2 className="nhsuk-heading-m" id="dashboard-readiness">
          Ready for the exam board
        </h2>
        <p className="nhsuk-body">
          All {total} requirements are met as of {formatCalendarDate(at)}. Nothing is missing.
        </p>
      </section>
    );
  }

  return (
    <section className="nhsuk-warning-callout app-readiness" aria-labelledby="dashboard-readiness">
      <h2 className="nhsuk-warning-callout__label" id="dashboard-readiness">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Not ready for the exam board yet
        </span>
      </h2>
      <p className="nhsuk-body">
        {met} of {total} requirements are met as of {formatCalendarDate(at)}. This is what is still
        missing:
      </p>
      <ul className="nhsuk-list app-readiness__list">
        {readiness.requirements
          .filter((r) => !r.met)
          .map((requirement) => (
            <li key={requirement.id}>
              <strong>{requirement.label}</strong>
              <ul className="nhsuk-list nhsuk-list--bullet app-readiness__missing">
                {requirement.missing.map((item, index) => (
                  <li key={index}>{withReadableDates(item)}</li>
                ))}
              </ul>
            </li>
          ))}
      </ul>
    </section>
  );
}
