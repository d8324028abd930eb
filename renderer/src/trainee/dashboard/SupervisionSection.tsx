import type { ProgrammeDayProgress } from '../../../../shared/domain/programme-days';
import type {
  SupervisionCompliance,
  UncountedSession,
} from '../../../../shared/domain/supervision';
import {
  everySessionCounts,
  lateReviewsTable,
  notCountedTable,
  overdueSentence,
  overdueTable,
  supervisionLead,
  supervisionOutsideWindowNote,
  supervisionSummary,
} from '../../../../shared/presentation/supervision-words';
import { SupervisionChart } from './charts/SupervisionChart';
import { DataTable } from '../../kit/DataTable';
import { More, Section } from './Section';
import { SummaryList } from '../../kit/SummaryList';

function Overdue({ supervision }: { supervision: SupervisionCompliance }) {
  return (
    <>
      <h3 className="nhsuk-heading-s">Patients overdue for review</h3>
      <p className="nhsuk-body">{overdueSentence(supervision)}</p>
      {supervision.overdueReviews.length > 0 ? (
        <DataTable table={overdueTable(supervision)} captionSize="hidden" />
      ) : null}
      {supervision.lateReviews.length > 0 ? (
        <More summary={`Reviews that came late (${supervision.lateReviews.length})`}>
          <DataTable table={lateReviewsTable(supervision)} />
        </More>
      ) : null}
    </>
  );
}

function NotCounted({ sessions }: { sessions: readonly UncountedSession[] }) {
  return (
    <>
      <h3 className="nhsuk-heading-s">Sessions that do not count</h3>
      {sessions.length === 0 ? (
        <p className="nhsuk-body">{everySessionCounts}</p>
      ) : (
        <DataTable table={notCountedTable(sessions)} captionSize="hidden" />
      )}
    </>
  );
}

/** Weekly and fortnightly supervision, hours against the minimums, case reviews, and what did not count. */
export function SupervisionSection({
  supervision,
  days,
  at,
}: {
  supervision: SupervisionCompliance;
  days: ProgrammeDayProgress;
  at: string;
}) {
  return (
    <Section id="supervision" title="Supervision" lead={supervisionLead(supervision)}>
      <SummaryList rows={supervisionSummary(supervision)} />
      <SupervisionChart supervision={supervision} days={days} at={at} />
      <Overdue supervision={supervision} />
      <NotCounted sessions={supervision.notCounted} />
      {supervisionOutsideWindowNote(supervision) ? (
        <p className="nhsuk-body">{supervisionOutsideWindowNote(supervision)}</p>
      ) : null}
    </Section>
  );
}
