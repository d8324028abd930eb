import { anniversary, dateInWords } from '../dates';
import type { Portfolio } from '../schemas/portfolio';
import type { Verifier } from '../signing/verifier';
import type { ApprenticeshipProgress } from './apprenticeship';
import { apprenticeshipProgress } from './apprenticeship';
import type { CaseloadStatus } from './caseload-phase';
import { caseloadStatus } from './caseload-phase';
import type { InterventionStatus, PresentationCoverage } from './interventions';
import { interventionStatuses, presentationCoverage } from './interventions';
import type { PracticeHours } from './practice-hours';
import { practiceHours } from './practice-hours';
import type { PracticeOutcomes } from './practice-outcomes';
import { practiceOutcomes } from './practice-outcomes';
import type { ProgrammeDayProgress } from './programme-days';
import { programmeDayProgress } from './programme-days';
import type { Readiness } from './readiness';
import { examBoardReadiness } from './readiness';
import type { PortfolioStatus, SupervisorReportsStatus } from './reports';
import { portfolioStatus, supervisorReportsStatus } from './reports';
import type { SignOffState } from './sign-off-status';
import { signOffStates } from './sign-off-status';
import type { SupervisionCompliance } from './supervision';
import { supervisionCompliance } from './supervision';

/** Bumped when the report's JSON shape changes incompatibly (see docs/portfolio-format.md). */
export const REPORT_FORMAT_VERSION = 2;

/** A report may be asked for from this many months before the trainee's start date… */
export const REPORT_MONTHS_BEFORE_START = 12;
/** …to this many months after the end of the programme's completion window. */
export const REPORT_MONTHS_AFTER_WINDOW = 48;

/** The first and last dates (`YYYY-MM-DD`, both included) a report may be asked for. */
export interface ReportDateBounds {
  earliest: string;
  latest: string;
}

/**
 * The dates a report may be asked for: from a year before the trainee's start date (a portfolio
 * may be set up ahead of the course) to four years after the programme's completion window closes
 * (`windowMonths` after the start: five years after the start for the national 12 months), which
 * leaves room for late completion, a resubmission and the exam boards that follow. A date outside
 * is refused rather than computed: it is almost certainly a typing slip (9999 for 2027), and it
 * keeps the work and the size of a report bounded. Both ends are included and both are
 * anniversaries of the start date (`anniversary` in `shared/dates.ts`): `earliest` is its
 * −12-month anniversary and `latest` its `windowMonths + 48`-month one, so a start on 29 February
 * or the 31st loses no day. The app's dashboard and `pwp check` without `--at` use today, which
 * is not refused: the rules are bounded by the records either way.
 */
export function reportDateBounds(portfolio: Portfolio): ReportDateBounds {
  const start = portfolio.trainee.startDate;
  return {
    earliest: anniversary(start, -REPORT_MONTHS_BEFORE_START),
    latest: anniversary(start, portfolio.programme.windowMonths + REPORT_MONTHS_AFTER_WINDOW),
  };
}

/** Why a report cannot be computed for `at`, in words; `null` when `at` is within the bounds. */
export function reportDateProblem(portfolio: Portfolio, at: string): string | null {
  const { earliest, latest } = reportDateBounds(portfolio);
  if (at >= earliest && at <= latest) return null;
  return (
    `Choose a report date between ${dateInWords(earliest)} and ${dateInWords(latest)}: ` +
    'from a year before the start date to four years after the programme’s completion window'
  );
}

/** Everything the dashboard, the CLI and the educator's cohort view show, computed in one pass. */
export interface ProgressReport {
  reportFormatVersion: number;
  at: string;
  portfolioId: string;
  trainee: Portfolio['trainee'];
  programme: { id: string; version: number; name: string };
  days: ProgrammeDayProgress;
  interventions: InterventionStatus[];
  coverage: PresentationCoverage;
  caseload: CaseloadStatus;
  supervision: SupervisionCompliance;
  practiceHours: PracticeHours;
  practiceOutcomes: PracticeOutcomes;
  reports: SupervisorReportsStatus;
  portfolioStatus: PortfolioStatus;
  apprenticeship: ApprenticeshipProgress;
  signOffs: SignOffState[];
  readiness: Readiness;
}

export interface ProgressReportOptions {
  /**
   * Checks the sign-offs' Ed25519 signatures; the pure TypeScript one by default. Any verifier
   * gives the same report: they are all strict RFC 8032 (the main process passes the operating
   * system's, `electron/crypto/node-ed25519.ts`, which is much faster).
   */
  verifier?: Verifier;
}

/** The whole progress picture of one portfolio on one day. Signatures are verified once, here. */
export function progressReport(
  portfolio: Portfolio,
  at: string,
  options: ProgressReportOptions = {},
): ProgressReport {
  const signOffs = signOffStates(portfolio, options.verifier);
  const parts = {
    days: programmeDayProgress(portfolio, at),
    interventions: interventionStatuses(portfolio, at, signOffs),
    coverage: presentationCoverage(portfolio, at),
    caseload: caseloadStatus(portfolio, at, signOffs),
    supervision: supervisionCompliance(portfolio, at),
    practiceHours: practiceHours(portfolio, at),
    practiceOutcomes: practiceOutcomes(portfolio, at),
    reports: supervisorReportsStatus(portfolio, signOffs, at),
    portfolioStatus: portfolioStatus(portfolio),
    apprenticeship: apprenticeshipProgress(portfolio, at),
    signOffs,
  };
  return {
    reportFormatVersion: REPORT_FORMAT_VERSION,
    at,
    portfolioId: portfolio.id,
    trainee: portfolio.trainee,
    programme: {
      id: portfolio.programme.id,
      version: portfolio.programme.version,
      name: portfolio.programme.name,
    },
    ...parts,
    readiness: examBoardReadiness(parts),
  };
}
