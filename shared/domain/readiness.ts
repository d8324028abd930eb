import { dateInWords } from '../dates';
import type { ApprenticeshipProgress } from './apprenticeship';
import type { CaseloadStatus } from './caseload-phase';
import type { InterventionStatus, PresentationCoverage } from './interventions';
import type { PracticeHours } from './practice-hours';
import type { ProgrammeDayProgress } from './programme-days';
import type { SupervisorReportsStatus } from './reports';
import type { SignOffState } from './sign-off-status';
import type { SupervisionCompliance } from './supervision';

export type RequirementId =
  | 'programme-days'
  | 'module-attendance'
  | 'interventions'
  | 'presentation-coverage'
  | 'case-management-hours'
  | 'clinical-skills-hours'
  | 'clinical-hours'
  | 'caseload-phases'
  | 'midpoint-report'
  | 'final-report'
  | 'front-sheet'
  | 'practice-outcomes-signed'
  | 'sign-offs-valid'
  | 'off-the-job';

export interface Requirement {
  id: RequirementId;
  label: string;
  met: boolean;
  /** What exactly is missing, in words a trainee and an exam board can act on; empty when met. */
  missing: string[];
}

export interface Readiness {
  ready: boolean;
  requirements: Requirement[];
  /** Every missing item across all requirements, in order. */
  missing: string[];
}

export interface ReadinessInputs {
  days: ProgrammeDayProgress;
  interventions: InterventionStatus[];
  coverage: PresentationCoverage;
  caseload: CaseloadStatus;
  supervision: SupervisionCompliance;
  practiceHours: PracticeHours;
  reports: SupervisorReportsStatus;
  apprenticeship: ApprenticeshipProgress;
  signOffs: SignOffState[];
}

const hours = (value: number) => `${Math.round(value * 10) / 10} h`;

const whyNotValid: Record<Exclude<SignOffState['status'], 'valid'>, string> = {
  'content-changed': 'an entry it covers was changed after signing',
  'records-missing': 'an entry it covers is missing',
  'bad-signature': 'the signature is not genuine',
  'unknown-signer': 'the signer is not listed',
  'key-not-on-record': 'it was signed with a key that is not the signer’s',
};

const changeWords = {
  edited: 'was changed after signing',
  removed: 'is missing',
  amended: 'was corrected after signing',
} as const;

/**
 * Which sign-off, by whom and when, and what is wrong with it — naming the very record that
 * changed, and how, when the sign-off has a hash per record — so it can be put right.
 */
function describeBrokenSignOff(s: SignOffState): string {
  const status = s.status === 'valid' ? 'content-changed' : s.status;
  const who = s.signerName ?? s.signerId;
  const changed = s.changedRecords.filter((c) => c.kind !== 'amended');
  const why =
    (status === 'content-changed' || status === 'records-missing') && s.exact && changed.length > 0
      ? changed.map((c) => `${c.label} ${changeWords[c.kind]}`).join('; ')
      : whyNotValid[status];
  return `The ${s.subject.replace(/-/g, ' ')} sign-off by ${who} on ${dateInWords(s.signedAt.slice(0, 10))} (${s.signOffId}) no longer verifies: ${why}`;
}

function requirement(id: RequirementId, label: string, missing: string[]): Requirement {
  return { id, label, met: missing.length === 0, missing };
}

/**
 * Exam-board readiness is computed, never ticked: ready only when every requirement is met, and
 * otherwise the exact list of what is missing.
 */
export function examBoardReadiness(inputs: ReadinessInputs): Readiness {
  const {
    days,
    interventions,
    coverage,
    caseload,
    supervision,
    practiceHours,
    reports,
    apprenticeship,
    signOffs,
  } = inputs;
  const requirements: Requirement[] = [
    requirement(
      'programme-days',
      'All programme days accounted for',
      days.modules.flatMap((m) =>
        (['taught', 'directed'] as const).flatMap((kind) => {
          const t = m.byKind[kind];
          const short = t.required - t.attended - t.authorisedAbsence;
          return short > 0
            ? [`${m.title}: ${short} ${kind} day${short === 1 ? '' : 's'} not yet attended`]
            : [];
        }),
      ),
    ),
    requirement(
      'module-attendance',
      'Attendance at or above the pass mark in every module',
      days.modules
        .filter((m) => m.cannotPass)
        .map((m) => `${m.title}: attendance can reach at most ${m.bestPossiblePercent} %`),
    ),
    requirement(
      'interventions',
      'Competence in every intervention',
      interventions
        .filter((i) => !i.competent)
        .map(
          (i) =>
            `${i.name}: ${i.failed ? 'assessment failed' : i.attempts.length > 0 ? 'not yet passed' : 'not yet assessed'}`,
        ),
    ),
    requirement('presentation-coverage', 'Coverage of presentations', [
      ...(coverage.hasDepression ? [] : ['No work with depression yet']),
      ...(coverage.anxietyPresentations < coverage.requiredAnxietyPresentations
        ? [
            `${coverage.anxietyPresentations} of ${coverage.requiredAnxietyPresentations} anxiety presentations covered`,
          ]
        : []),
    ]),
    requirement(
      'case-management-hours',
      'Case-management supervision hours',
      supervision.caseManagement.total.met
        ? []
        : [
            `${hours(supervision.caseManagement.total.hoursRemaining)} of case-management supervision still needed`,
          ],
    ),
    requirement(
      'clinical-skills-hours',
      'Clinical-skills supervision hours',
      supervision.clinicalSkills.total.met
        ? []
        : [
            `${hours(supervision.clinicalSkills.total.hoursRemaining)} of clinical-skills supervision still needed`,
          ],
    ),
    requirement(
      'clinical-hours',
      'Supervised clinical contact hours',
      practiceHours.met
        ? []
        : [`${hours(practiceHours.hoursRemaining)} of clinical contact still needed`],
    ),
    requirement(
      'caseload-phases',
      'Caseload phases completed',
      caseload.gates
        .filter((g) => !g.open)
        .map(
          (g) =>
            `${g.phase === 'reduced' ? 'Reduced' : 'Full'}-caseload gate: ${g.problem ?? 'not open'}`,
        ),
    ),
    requirement(
      'midpoint-report',
      'Mid-point supervisor report',
      reports.midpoint ? [] : ['No mid-point report yet'],
    ),
    requirement(
      'final-report',
      'Satisfactory final supervisor report',
      reports.final === null
        ? ['No final report yet']
        : reports.blocksCompletion
          ? ['The final report is unsatisfactory']
          : [],
    ),
    requirement(
      'front-sheet',
      'Signed front sheet',
      reports.frontSheetSigned ? [] : ['The front sheet has not been signed'],
    ),
    requirement(
      'practice-outcomes-signed',
      'Practice outcomes signed',
      reports.practiceOutcomesSigned ? [] : ['The practice outcomes have not been signed'],
    ),
    requirement(
      'sign-offs-valid',
      'Every sign-off verifies',
      signOffs.filter((s) => s.status !== 'valid').map(describeBrokenSignOff),
    ),
  ];
  if (apprenticeship.applies) {
    requirements.push(
      requirement('off-the-job', 'Apprenticeship off-the-job training and gateway', [
        ...(apprenticeship.met
          ? []
          : [
              `Off-the-job training averages ${hours(apprenticeship.averageHoursPerWeek)} a week (${hours(apprenticeship.expectedHoursPerWeek)} needed)`,
            ]),
        ...(apprenticeship.gatewayReached
          ? []
          : [`Gateway not before ${apprenticeship.gatewayEarliest}`]),
      ]),
    );
  }
  const missing = requirements.flatMap((r) => r.missing);
  return { ready: missing.length === 0, requirements, missing };
}
