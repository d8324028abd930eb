import type { PortfolioStatus, ReportView, SupervisorReportsStatus } from '../domain/reports';
import type { SignOffState } from '../domain/sign-off-status';
import { portfolioStateName } from './names';
import type { StatusCell } from './table';
import { calendarDate, plural } from './words';

/** A supervisor report: its rating as a tag, its date and whether it is signed off. */
export function reportCell(report: ReportView | null): string | StatusCell {
  if (!report) return 'Not written yet';
  const satisfactory = report.rating === 'satisfactory';
  return {
    tagFirst: true,
    tag: satisfactory
      ? { words: 'Satisfactory', tone: 'good' }
      : { words: 'Unsatisfactory', tone: 'bad' },
    text: `${calendarDate(report.date)}, ${report.signedOff ? 'signed off' : 'waiting for the supervisor’s sign-off'}`,
  };
}

export function signedCell(signed: boolean): StatusCell {
  return {
    tagFirst: true,
    tag: signed ? { words: 'Signed', tone: 'good' } : { words: 'Not signed yet', tone: 'neutral' },
  };
}

export function signOffsText(signOffs: readonly SignOffState[]): string {
  const failing = signOffs.filter((s) => s.status !== 'valid').length;
  if (signOffs.length === 0) return 'None yet';
  return failing === 0
    ? `${plural(signOffs.length, 'sign-off')}, all verified`
    : `${plural(signOffs.length, 'sign-off')}; ${failing} ${failing === 1 ? 'does' : 'do'} not verify (see what is missing above)`;
}

export function portfolioText(status: PortfolioStatus): string {
  const submissions =
    status.submissions === 0 ? '' : `; submitted ${plural(status.submissions, 'time')}`;
  return `${portfolioStateName[status.state]}${submissions}; ${plural(status.resubmissionsLeft, 'resubmission')} left`;
}

/** Said first when it applies: an unsatisfactory final report stops completion. */
export const blocksCompletionWords = {
  strong: 'The final report is unsatisfactory, so the programme cannot be completed',
  rest: 'until it is replaced by a satisfactory one. Talk to your supervisor and clinical educator.',
};

/** The supervisor reports, the signed forms and where the portfolio itself stands. */
export function reportsSummary(
  reports: SupervisorReportsStatus,
  portfolioStatus: PortfolioStatus,
  signOffs: readonly SignOffState[],
): [string, string | StatusCell][] {
  return [
    ['Mid-point report', reportCell(reports.midpoint)],
    ['Final report', reportCell(reports.final)],
    ['Front sheet', signedCell(reports.frontSheetSigned)],
    ['Practice outcomes statement', signedCell(reports.practiceOutcomesSigned)],
    ['Sign-offs', signOffsText(signOffs)],
    ['Portfolio', portfolioText(portfolioStatus)],
  ];
}
