import type { CaseloadPhase } from '../schemas/records';
import type { CompetencyStage } from '../domain/interventions';
import type { ContactKind, ContactMode } from '../domain/practice-hours';
import type { DayKind } from '../domain/programme-days';
import type { PortfolioState } from '../domain/reports';

/** The names people read for the report's codes; a `Record` so no new code goes unnamed. */

export const phaseName: Record<CaseloadPhase, string> = {
  shadowing: 'Shadowing',
  reduced: 'Reduced caseload',
  full: 'Full caseload',
};

export const stageName: Record<CompetencyStage, string> = {
  'not-started': 'Not started',
  observed: 'Observed',
  practised: 'Practised',
  assessed: 'Assessed',
};

export const dayKindName: Record<DayKind, string> = {
  taught: 'Taught',
  directed: 'Directed learning',
};

export const contactKindName: Record<ContactKind, string> = {
  assessment: 'Assessment',
  treatment: 'Treatment',
  review: 'Review',
  group: 'Group or psychoeducation',
  shadowing: 'Shadowing',
};

export const contactModeName: Record<ContactMode, string> = {
  'face-to-face': 'Face to face',
  telephone: 'Telephone',
  video: 'Video',
  'ccbt-support': 'Computerised CBT support',
};

export const portfolioStateName: Record<PortfolioState, string> = {
  draft: 'Draft — not yet submitted',
  submitted: 'Submitted, waiting for the result',
  pass: 'Passed',
  refer: 'Referred — one resubmission allowed',
  fail: 'Not passed',
};
