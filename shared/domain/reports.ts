import type { Portfolio } from '../schemas/portfolio';
import type { SupervisorReport } from '../schemas/records';
import { countedInRange, countingRange } from './counting-range';
import { countedRecords } from './current-records';
import type { SignOffState } from './sign-off-status';

export interface ReportView {
  id: string;
  date: string;
  rating: SupervisorReport['rating'];
  supervisorId: string;
  signedOff: boolean;
}

export interface SupervisorReportsStatus {
  midpoint: ReportView | null;
  final: ReportView | null;
  /** An unsatisfactory final report blocks completion of the programme. */
  blocksCompletion: boolean;
  /** The front sheet has been signed (a counting sign-off with subject `front-sheet`). */
  frontSheetSigned: boolean;
  /** The practice outcomes have been signed by the supervisor. */
  practiceOutcomesSigned: boolean;
}

export type PortfolioState = 'draft' | 'submitted' | 'pass' | 'refer' | 'fail';

export interface PortfolioStatus {
  state: PortfolioState;
  submissions: number;
  resubmissionsLeft: number;
}

/**
 * The mid-point and final supervisor reports (the latest current one of each dated from the start
 * date to `today`, the shared counting rule), and the forms signed with them.
 */
export function supervisorReportsStatus(
  portfolio: Portfolio,
  signOffs: readonly SignOffState[],
  today: string,
): SupervisorReportsStatus {
  const counting = signOffs.filter((s) => s.counts);
  const signedReportIds = new Set(
    counting.filter((s) => s.subject === 'supervisor-report').flatMap((s) => s.recordIds),
  );
  const latest = (kind: SupervisorReport['kind']): ReportView | null => {
    const report = countedInRange(portfolio.supervisorReports, countingRange(portfolio, today))
      .filter((r) => r.kind === kind)
      .sort((a, b) => a.date.localeCompare(b.date))
      .at(-1);
    return report
      ? {
          id: report.id,
          date: report.date,
          rating: report.rating,
          supervisorId: report.supervisorId,
          signedOff: signedReportIds.has(report.id),
        }
      : null;
  };
  const final = latest('final');
  // A form counts as signed when a counting sign-off of its kind covers its current version.
  const declarations = countedRecords(portfolio.declarations);
  const signedForm = (kind: 'front-sheet' | 'practice-outcomes') =>
    declarations.some(
      (d) =>
        d.kind === kind && counting.some((s) => s.subject === kind && s.recordIds.includes(d.id)),
    );
  return {
    midpoint: latest('midpoint'),
    final,
    blocksCompletion: final?.rating === 'unsatisfactory',
    frontSheetSigned: signedForm('front-sheet'),
    practiceOutcomesSigned: signedForm('practice-outcomes'),
  };
}

/**
 * `draft → submitted → pass | refer → (one resubmission) → pass | fail`. A referral after the
 * resubmission allowance is used up is a fail.
 */
export function portfolioStatus(portfolio: Portfolio): PortfolioStatus {
  const allowed = portfolio.programme.assessment.maxResubmissions;
  const submissions = [...portfolio.submissions].sort((a, b) =>
    a.submittedAt.localeCompare(b.submittedAt),
  );
  const latest = submissions.at(-1);
  const resubmissionsLeft = Math.max(0, allowed - Math.max(0, submissions.length - 1));
  if (!latest) return { state: 'draft', submissions: 0, resubmissionsLeft: allowed };
  const state: PortfolioState =
    latest.outcome === undefined
      ? 'submitted'
      : latest.outcome === 'refer' && resubmissionsLeft === 0
        ? 'fail'
        : latest.outcome;
  return { state, submissions: submissions.length, resubmissionsLeft };
}
