import { useEffect, useRef } from 'react';
import type { RecoveryReport } from '../../../shared/history';
import { describeRecovery } from '../../../shared/store-problems';
import { formatInstant } from '../kit/format';

/** Tells the person plainly what recovery rebuilt, what it could not, and where the damaged files are. */
export function RecoveryNotice({
  report,
  onContinue,
}: {
  report: RecoveryReport;
  onContinue: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const words = describeRecovery(report, formatInstant);
  return (
    <div className="nhsuk-panel">
      <h1 className="nhsuk-heading-l" ref={heading} tabIndex={-1}>
        {report.problem
          ? `The portfolio of ${report.summary.traineeName} has been recovered`
          : `The portfolio of ${report.summary.traineeName} did not need recovering`}
      </h1>
      <p className="nhsuk-body">{report.problem ? words.recovered : 'Nothing was changed.'}</p>
      {words.lost ? (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>Some recent changes could
              not be recovered
            </span>
          </h2>
          <p className="nhsuk-body">{words.lost}</p>
        </div>
      ) : null}
      {report.keptDamagedAt ? (
        <p className="nhsuk-body">
          The damaged files have not been deleted. They were kept in{' '}
          <code>{report.keptDamagedAt}</code> in case your university or IT team needs them.
        </p>
      ) : null}
      <button type="button" className="nhsuk-button" onClick={onContinue}>
        Open the portfolio
      </button>
    </div>
  );
}
