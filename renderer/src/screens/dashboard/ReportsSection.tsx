import type {
  PortfolioStatus,
  ReportView,
  SupervisorReportsStatus,
} from '../../../../shared/domain/reports';
import type { SignOffState } from '../../../../shared/domain/sign-off-status';
import { formatCalendarDate } from '../../format';
import { Section } from './Section';
import { SummaryList } from './SummaryList';
import { plural, portfolioStateName } from './wording';

function Report({ report, missing }: { report: ReportView | null; missing: string }) {
  if (!report) return <>{missing}</>;
  const satisfactory = report.rating === 'satisfactory';
  return (
    <>
      <strong className={`nhsuk-tag ${satisfactory ? 'nhsuk-tag--green' : 'nhsuk-tag--red'}`}>
        {satisfactory ? 'Satisfactory' : 'Unsatisfactory'}
      </strong>{' '}
      {formatCalendarDate(report.date)},{' '}
      {report.signedOff ? 'signed off' : 'waiting for the supervisor’s sign-off'}
    </>
  );
}

function Signed({ signed }: { signed: boolean }) {
  return signed ? (
    <strong className="nhsuk-tag nhsuk-tag--green">Signed</strong>
  ) : (
    <strong className="nhsuk-tag nhsuk-tag--grey">Not signed yet</strong>
  );
}

function signOffsText(signOffs: readonly SignOffState[]): string {
  const failing = signOffs.filter((s) => s.status !== 'valid').length;
  if (signOffs.length === 0) return 'None yet';
  return failing === 0
    ? `${plural(signOffs.length, 'sign-off')}, all verified`
    : `${plural(signOffs.length, 'sign-off')}; ${failing} ${failing === 1 ? 'does' : 'do'} not verify (see what is missing above)`;
}

function portfolioText(status: PortfolioStatus): string {
  const submissions =
    status.submissions === 0 ? '' : `; submitted ${plural(status.submissions, 'time')}`;
  return `${portfolioStateName[status.state]}${submissions}; ${plural(status.resubmissionsLeft, 'resubmission')} left`;
}

/** The supervisor reports, the signed forms and where the portfolio itself stands. */
export function ReportsSection({
  reports,
  portfolioStatus,
  signOffs,
}: {
  reports: SupervisorReportsStatus;
  portfolioStatus: PortfolioStatus;
  signOffs: readonly SignOffState[];
}) {
  return (
    <Section id="reports" title="Supervisor reports and portfolio">
      {reports.blocksCompletion ? (
        <p className="nhsuk-body">
          <strong>The final report is unsatisfactory, so the programme cannot be completed</strong>{' '}
          until it is replaced by a satisfactory one. Talk to your supervisor and clinical educator.
        </p>
      ) : null}
      <SummaryList
        rows={[
          ['Mid-point report', <Report report={reports.midpoint} missing="Not written yet" />],
          ['Final report', <Report report={reports.final} missing="Not written yet" />],
          ['Front sheet', <Signed signed={reports.frontSheetSigned} />],
          ['Practice outcomes statement', <Signed signed={reports.practiceOutcomesSigned} />],
          ['Sign-offs', signOffsText(signOffs)],
          ['Portfolio', portfolioText(portfolioStatus)],
        ]}
      />
    </Section>
  );
}
