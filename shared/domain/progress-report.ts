import type { Portfolio } from '../schemas/portfolio';
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
export const REPORT_FORMAT_VERSION = 1;

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

/** The whole progress picture of one portfolio on one day. Signatures are verified once, here. */
export function progressReport(portfolio: Portfolio, at: string): ProgressReport {
  const signOffs = signOffStates(portfolio);
  const parts = {
    days: programmeDayProgress(portfolio, at),
    interventions: interventionStatuses(portfolio, at, signOffs),
    coverage: presentationCoverage(portfolio, at),
    caseload: caseloadStatus(portfolio, at, signOffs),
    supervision: supervisionCompliance(portfolio, at),
    practiceHours: practiceHours(portfolio, at),
    practiceOutcomes: practiceOutcomes(portfolio, at),
    reports: supervisorReportsStatus(portfolio, signOffs),
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
