import { useEffect, useRef } from 'react';
import type { RecoveryReport } from '../../../shared/history';

/** Tells the person plainly what recovery did, and where the damaged file was kept. */
export function RecoveryNotice({
  report,
  onContinue,
}: {
  report: RecoveryReport;
  onContinue: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="nhsuk-panel">
      <h1 className="nhsuk-heading-l" ref={heading} tabIndex={-1}>
        Your portfolio has been recovered
      </h1>
      <p className="nhsuk-body">
        The portfolio of {report.summary.traineeName} was damaged, so it was rebuilt from the backup{' '}
        <strong>{report.backup}</strong> and every change saved since that backup.
      </p>
      <p className="nhsuk-body">
        The damaged file has not been deleted. It was kept at <code>{report.keptDamagedAt}</code> in
        case your university or IT team needs it.
      </p>
      <button type="button" className="nhsuk-button" onClick={onContinue}>
        Open the recovered portfolio
      </button>
    </div>
  );
}
