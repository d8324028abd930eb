import type { ProgressReport } from '../../../../shared/domain/progress-report';
import { calendarDate } from '../../../../shared/presentation/words';
import { ApprenticeshipSection } from './ApprenticeshipSection';
import { AtAGlance } from './AtAGlance';
import { CaseloadSection } from './CaseloadSection';
import { InterventionsSection } from './InterventionsSection';
import { PracticeHoursSection } from './PracticeHoursSection';
import { PracticeOutcomesSection } from './PracticeOutcomesSection';
import { ProgrammeDaysSection } from './ProgrammeDaysSection';
import { Readiness } from './Readiness';
import { ReportsSection } from './ReportsSection';
import { SupervisionSection } from './SupervisionSection';
import './dashboard.css';

/**
 * The trainee's progress to every milestone: exam-board readiness first, then each milestone at
 * a glance, then in detail with charts where a picture says it faster. Purely presentational:
 * the parent fetches the report, so this renders the same for the app, tests and previews.
 */
export function Dashboard({
  report,
  canLog = true,
}: {
  report: ProgressReport;
  /** False for a read-only portfolio: next steps then open screens rather than new entries. */
  canLog?: boolean;
}) {
  return (
    <div className="app-dashboard">
      <span className="nhsuk-caption-l">
        {report.trainee.name} · {report.programme.name}
      </span>
      <h1 className="nhsuk-heading-l">Your progress</h1>
      <p className="nhsuk-body app-secondary">As of {calendarDate(report.at)}</p>
      <Readiness report={report} canLog={canLog} />
      <AtAGlance report={report} canLog={canLog} />
      <ProgrammeDaysSection days={report.days} at={report.at} />
      <InterventionsSection interventions={report.interventions} coverage={report.coverage} />
      <CaseloadSection caseload={report.caseload} at={report.at} />
      <SupervisionSection supervision={report.supervision} days={report.days} at={report.at} />
      <PracticeHoursSection
        practiceHours={report.practiceHours}
        interventions={report.interventions}
      />
      <PracticeOutcomesSection outcomes={report.practiceOutcomes} />
      <ReportsSection
        reports={report.reports}
        portfolioStatus={report.portfolioStatus}
        signOffs={report.signOffs}
      />
      {report.apprenticeship.applies ? (
        <ApprenticeshipSection progress={report.apprenticeship} />
      ) : null}
    </div>
  );
}
