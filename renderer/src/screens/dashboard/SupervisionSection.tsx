import type { ProgrammeDayProgress } from '../../../../shared/domain/programme-days';
import type {
  ClinicalSkillsGap,
  MissedWeekRun,
  NotCountedReason,
  SupervisionCompliance,
  UncountedSession,
} from '../../../../shared/domain/supervision';
import { daysBetween } from '../../../../shared/dates';
import { formatCalendarDate } from '../../format';
import { SupervisionChart } from './charts/SupervisionChart';
import { DataTable } from './DataTable';
import { More, Section } from './Section';
import { SummaryList } from './SummaryList';
import { hours, plural } from './wording';

/** Why a session did not count, in words; a `Record` so a new reason code cannot go unexplained. */
const notCountedWhy: Record<NotCountedReason, string> = {
  'supervisor-not-trained':
    'The supervisor has not completed low-intensity supervisor training, so the session cannot count yet.',
  'supervisor-not-listed':
    'The supervisor is not on the programme’s list of supervisors, so the session cannot count.',
};

const sessionType: Record<UncountedSession['type'], string> = {
  'case-management': 'Case management',
  'clinical-skills': 'Clinical skills',
};

function MetTag({ met }: { met: boolean }) {
  return (
    <strong className={`nhsuk-tag ${met ? 'nhsuk-tag--green' : 'nhsuk-tag--grey'}`}>
      {met ? 'Met' : 'Not met yet'}
    </strong>
  );
}

/** Runs of missed Monday–Sunday weeks in words: `week of 14 Sep 2026; 2 weeks, 5 Oct 2026 to 18 Oct 2026`. */
function weekRuns(runs: readonly MissedWeekRun[]): string {
  if (runs.length === 0) return 'None';
  return runs
    .map((run) =>
      run.weeks === 1
        ? `week of ${formatCalendarDate(run.from)}`
        : `${plural(run.weeks, 'week')}, ${formatCalendarDate(run.from)} to ${formatCalendarDate(run.to)}`,
    )
    .join('; ');
}

/** Clinical-skills gaps in words, each with its dates and length; an open one says so. */
function gapList(gaps: readonly ClinicalSkillsGap[]): string {
  if (gaps.length === 0) return 'None';
  return gaps
    .map((gap) =>
      gap.ongoing
        ? `since ${formatCalendarDate(gap.from)}, still open (${plural(gap.days, 'day')} to ${formatCalendarDate(gap.to)})`
        : `${formatCalendarDate(gap.from)} to ${formatCalendarDate(gap.to)} (${plural(gap.days, 'day')})`,
    )
    .join('; ');
}

function Overdue({ supervision }: { supervision: SupervisionCompliance }) {
  const first = supervision.caseload[0];
  // The report gives each due date, not the rule; the interval is recovered from any patient.
  const every = first ? daysBetween(first.lastReviewed ?? first.firstContact, first.dueBy) : null;
  const overdue = supervision.overdueReviews;
  return (
    <>
      <h3 className="nhsuk-heading-s">Patients overdue for review</h3>
      <p className="nhsuk-body">
        Every patient on your caseload is reviewed in case-management supervision
        {every === null ? ' regularly' : ` at least every ${plural(every, 'day')}`}.{' '}
        {overdue.length === 0
          ? 'No patient is overdue for review.'
          : `${plural(overdue.length, 'patient')} ${overdue.length === 1 ? 'is' : 'are'} overdue:`}
      </p>
      {overdue.length > 0 ? (
        <DataTable
          caption="Patients overdue for review"
          captionSize="hidden"
          columns={[
            { header: 'Patient code' },
            { header: 'Review due by' },
            { header: 'Days overdue', numeric: true },
            { header: 'Last reviewed' },
          ]}
          rows={overdue.map((r) => [
            r.patientCode,
            formatCalendarDate(r.dueBy),
            r.daysOverdue,
            r.lastReviewed === null ? 'Not yet reviewed' : formatCalendarDate(r.lastReviewed),
          ])}
        />
      ) : null}
      {supervision.lateReviews.length > 0 ? (
        <More summary={`Reviews that came late (${supervision.lateReviews.length})`}>
          <DataTable
            caption="Reviews that came late"
            columns={[
              { header: 'Patient code' },
              { header: 'Due by' },
              { header: 'Reviewed on' },
              { header: 'Days late', numeric: true },
            ]}
            rows={supervision.lateReviews.map((r) => [
              r.patientCode,
              formatCalendarDate(r.dueBy),
              formatCalendarDate(r.reviewedOn),
              r.daysLate,
            ])}
          />
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
        <p className="nhsuk-body">Every supervision session you logged counts.</p>
      ) : (
        <DataTable
          caption="Sessions that do not count"
          captionSize="hidden"
          columns={[
            { header: 'Date' },
            { header: 'Supervision' },
            { header: 'Hours', numeric: true },
            { header: 'Supervisor' },
            { header: 'Why it does not count' },
          ]}
          rows={sessions.map((s) => [
            formatCalendarDate(s.date),
            sessionType[s.type],
            hours(s.durationMinutes / 60),
            s.supervisorName ?? s.supervisorId,
            notCountedWhy[s.reason],
          ])}
        />
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
  const { caseManagement: cm, clinicalSkills: cs } = supervision;
  return (
    <Section
      id="supervision"
      title="Supervision"
      lead={`${hours(cm.total.hours)} of ${cm.total.minimumHours} hours of case management and ${hours(cs.total.hours)} of ${cs.total.minimumHours} hours of clinical skills so far.`}
    >
      <SummaryList
        rows={[
          [
            'Case-management hours',
            <>
              {hours(cm.total.hours)} of {cm.total.minimumHours} <MetTag met={cm.total.met} />
            </>,
          ],
          ['Weeks with an hour', `${cm.weeksMet} of ${cm.weeksDue}`],
          ['Missed weeks', weekRuns(cm.missedWeekRuns)],
          [
            'Clinical-skills hours',
            <>
              {hours(cs.total.hours)} of {cs.total.minimumHours} <MetTag met={cs.total.met} />
            </>,
          ],
          [
            'Fortnights without an hour',
            cs.fortnightsMissed === 0 ? 'None' : String(cs.fortnightsMissed),
          ],
          ['Gaps of 14 days or more', gapList(cs.gaps)],
        ]}
      />
      <SupervisionChart supervision={supervision} days={days} at={at} />
      <Overdue supervision={supervision} />
      <NotCounted sessions={supervision.notCounted} />
    </Section>
  );
}
