import type {
  AssessmentAttempt,
  ClinicalContact,
  Evidence,
  ProgrammeDay,
  Reflection,
  SupervisionSession,
} from '../../shared/schemas/records';
import { meta } from './portfolio-fixture';

/**
 * One valid record of each kind for the fixture portfolio (`emptyPortfolio`: starts 7 Sep 2026,
 * supervisor `sup-1`, educator `edu-1`), submitted unless `fields` says otherwise. A test passes
 * only what it is about; everything else is a plain, valid default.
 */

export function programmeDay(id: string, fields: Partial<ProgrammeDay> = {}): ProgrammeDay {
  return {
    ...meta(id),
    date: '2026-09-14',
    moduleId: 'engagement-assessment',
    kind: 'taught',
    status: 'attended',
    ...fields,
  };
}

export function contact(id: string, fields: Partial<ClinicalContact> = {}): ClinicalContact {
  return {
    ...meta(id),
    patientCode: 'PT-0042',
    date: '2026-09-21',
    kind: 'treatment',
    mode: 'telephone',
    durationMinutes: 30,
    interventions: [],
    measures: {},
    outcome: 'continuing',
    ...fields,
  };
}

export function supervisionSession(
  id: string,
  fields: Partial<SupervisionSession> = {},
): SupervisionSession {
  return {
    ...meta(id),
    date: '2026-09-14',
    type: 'case-management',
    format: 'individual',
    durationMinutes: 60,
    supervisorId: 'sup-1',
    patientCodesReviewed: [],
    ...fields,
  };
}

export function evidence(id: string, fields: Partial<Evidence> = {}): Evidence {
  return {
    ...meta(id),
    interventionId: 'behavioural-activation',
    kind: 'observed-practice',
    date: '2026-09-20',
    title: `Evidence ${id}`,
    description: '',
    ...fields,
  };
}

export function reflection(id: string, fields: Partial<Reflection> = {}): Reflection {
  return {
    ...meta(id),
    date: '2026-10-01',
    title: `Reflection ${id}`,
    text: 'What I learnt.',
    private: false,
    ...fields,
  };
}

export function assessment(id: string, fields: Partial<AssessmentAttempt> = {}): AssessmentAttempt {
  return {
    ...meta(id),
    interventionId: 'behavioural-activation',
    date: '2026-09-25',
    resultId: 'pass',
    markerId: 'edu-1',
    ...fields,
  };
}
