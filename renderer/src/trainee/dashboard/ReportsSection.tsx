import type { PortfolioStatus, SupervisorReportsStatus } from '../../../../shared/domain/reports';
import type { SignOffState } from '../../../../shared/domain/sign-off-status';
import {
  blocksCompletionWords,
  reportsSummary,
} from '../../../../shared/presentation/reports-words';
import { Section } from './Section';
import { SummaryList } from '../../kit/SummaryList';

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
          <strong>{blocksCompletionWords.strong}</strong> {blocksCompletionWords.rest}
        </p>
      ) : null}
      <SummaryList rows={reportsSummary(reports, portfolioStatus, signOffs)} />
    </Section>
  );
}
