import type { ProgressReport } from '../../../../shared/domain/progress-report';
import { missingItemSteps } from '../../../../shared/presentation/next-steps';
import { readinessWords } from '../../../../shared/presentation/readiness-words';
import { NextStep } from './NextStep';

/**
 * Exam-board readiness, first on the page: how much is met, and exactly what is still missing,
 * grouped under the requirement it belongs to, each with its next step (words and steps from
 * `shared/presentation`).
 */
export function Readiness({ report, canLog }: { report: ProgressReport; canLog: boolean }) {
  const words = readinessWords(report.readiness, report.at);

  if (words.ready) {
    return (
      <section
        className="nhsuk-inset-text app-readiness app-readiness--ready"
        aria-labelledby="dashboard-readiness"
      >
        <h2 className="nhsuk-heading-m" id="dashboard-readiness">
          {words.heading}
        </h2>
        <p className="nhsuk-body">{words.summary}</p>
      </section>
    );
  }

  return (
    <section className="nhsuk-warning-callout app-readiness" aria-labelledby="dashboard-readiness">
      <h2 className="nhsuk-warning-callout__label" id="dashboard-readiness">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {words.heading}
        </span>
      </h2>
      <p className="nhsuk-body">{words.summary}</p>
      <ul className="nhsuk-list app-readiness__list">
        {words.missing.map((group) => (
          <li key={group.id}>
            <strong>{group.label}</strong>
            <ul className="nhsuk-list nhsuk-list--bullet app-readiness__missing">
              {missingItemSteps(report, group.id, group.items, { canLog }).map((item, index) => (
                <li key={index}>
                  {item.text}
                  <NextStep step={item.step} className="app-readiness__step" />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
