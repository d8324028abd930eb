import type { ClinicalContact } from '../schemas/records';
import type { Random, Weighted } from './random';
import {
  ASSESSMENT_NOTES,
  CCBT_NOTES,
  CLOSING_REVIEW_NOTES,
  DISCHARGE_NOTES,
  GENERIC_TREATMENT_NOTES,
  GROUP_NOTES,
  STEP_UP_NOTES,
  TREATMENT_NOTES,
} from './texts';

/**
 * One patient's course of low-intensity treatment, drawn when they are first assessed: what they
 * present with, which intervention suits it, how many sessions, by which mode, and how their
 * PHQ-9 and GAD-7 scores move (mostly down; sometimes flat or up, and a few are stepped up).
 */

type ContactMode = ClinicalContact['mode'];
type ContactKind = ClinicalContact['kind'];
type Trajectory = 'improving' | 'flat' | 'worsening';

export interface PatientPlan {
  code: string;
  presentationId: string;
  primary: string;
  secondary: string | null;
  group: boolean;
  mode: ContactMode;
  cadenceDays: number;
  /** Contacts in the whole course: the assessment, the treatment sessions, a closing review. */
  visits: number;
  /** The visit at which the patient is stepped up, or null. */
  stepUpAt: number | null;
  phq9: readonly [number, number];
  gad7: readonly [number, number];
  wsas: readonly [number, number];
}

/** Presentations of the national programme, depression the most common. */
export const PRESENTATION_WEIGHTS: Weighted<string> = [
  ['depression', 30],
  ['generalised-anxiety', 17],
  ['mixed-anxiety-depression', 14],
  ['panic', 9],
  ['sleep-difficulties', 8],
  ['health-anxiety', 8],
  ['specific-phobia', 7],
  ['ocd', 7],
];

/** The interventions that fit each presentation. */
export const INTERVENTIONS_FOR: Record<string, Weighted<string>> = {
  depression: [
    ['behavioural-activation', 6],
    ['cognitive-restructuring', 3],
    ['problem-solving', 1],
  ],
  'generalised-anxiety': [
    ['problem-solving', 4],
    ['cognitive-restructuring', 4],
    ['exposure', 1],
  ],
  'mixed-anxiety-depression': [
    ['behavioural-activation', 3],
    ['problem-solving', 2],
    ['cognitive-restructuring', 2],
  ],
  panic: [['panic-management', 1]],
  'sleep-difficulties': [['sleep-hygiene', 1]],
  'health-anxiety': [
    ['cognitive-restructuring', 2],
    ['exposure', 1],
  ],
  'specific-phobia': [['exposure', 1]],
  ocd: [['exposure', 1]],
};

/** Where each score starts, by presentation: [PHQ-9 low, high, GAD-7 low, high]. */
const STARTING_SCORES: Record<string, readonly [number, number, number, number]> = {
  depression: [13, 22, 7, 15],
  'mixed-anxiety-depression': [11, 20, 10, 18],
  'sleep-difficulties': [9, 15, 7, 13],
};
const ANXIETY_STARTING_SCORES = [7, 15, 10, 19] as const;
const BELOW_CASENESS_SCORES = [4, 9, 3, 7] as const;

const TREATMENT_SESSIONS: Weighted<number> = [
  [2, 38],
  [3, 28],
  [4, 15],
  [5, 8],
  [6, 5],
  [7, 4],
  [8, 2],
];

const TREATMENT_MODES: Weighted<ContactMode> = [
  ['telephone', 55],
  ['video', 25],
  ['face-to-face', 12],
  ['ccbt-support', 8],
];

const GROUP_PRESENTATIONS = new Set([
  'depression',
  'mixed-anxiety-depression',
  'sleep-difficulties',
]);

function clamp(value: number, max: number): number {
  return Math.min(max, Math.max(0, value));
}

function scoreTrack(
  random: Random,
  low: number,
  high: number,
  max: number,
  fall: number,
  way: Trajectory,
) {
  const start = random.int(low, high);
  const end =
    way === 'improving'
      ? start - random.int(fall, fall + 8)
      : way === 'flat'
        ? start + random.int(-3, 2)
        : start + random.int(3, 6);
  return [start, clamp(end, max)] as const;
}

function secondaryFor(random: Random, presentationId: string, primary: string): string | null {
  if (['depression', 'mixed-anxiety-depression', 'generalised-anxiety'].includes(presentationId)) {
    if (random.chance(0.15)) return 'medication-support';
    if (random.chance(0.08) && primary !== 'sleep-hygiene') return 'sleep-hygiene';
  }
  return null;
}

/** A new patient's whole course, decided at assessment. */
export function planPatient(random: Random, code: string): PatientPlan {
  const presentationId = random.weighted(PRESENTATION_WEIGHTS);
  const primary = random.weighted(INTERVENTIONS_FOR[presentationId] ?? [['problem-solving', 1]]);
  const secondary = secondaryFor(random, presentationId, primary);
  const group = GROUP_PRESENTATIONS.has(presentationId) && random.chance(0.04);
  const sessions = group ? random.int(4, 6) : random.weighted(TREATMENT_SESSIONS);
  const steppedUp = !group && random.chance(0.07);
  const way: Trajectory = steppedUp
    ? random.weighted<Trajectory>([
        ['flat', 2],
        ['worsening', 1],
      ])
    : random.weighted<Trajectory>([
        ['improving', 76],
        ['flat', 19],
        ['worsening', 5],
      ]);
  const stepUpAt = steppedUp ? Math.min(sessions, random.int(2, 4)) : null;
  const [phqLow, phqHigh, gadLow, gadHigh] = random.chance(0.1)
    ? BELOW_CASENESS_SCORES
    : (STARTING_SCORES[presentationId] ?? ANXIETY_STARTING_SCORES);
  return {
    code,
    presentationId,
    primary,
    secondary,
    group,
    mode: random.weighted(TREATMENT_MODES),
    cadenceDays: random.weighted([
      [7, 3],
      [14, 2],
    ]),
    visits: stepUpAt === null ? sessions + 1 : stepUpAt + 2,
    stepUpAt,
    phq9: scoreTrack(random, phqLow, phqHigh, 27, 6, way),
    gad7: scoreTrack(random, gadLow, gadHigh, 21, 4, way),
    wsas: scoreTrack(random, 8, 30, 40, 5, way),
  };
}

function kindOf(plan: PatientPlan, visit: number): ContactKind {
  if (visit === 0) return 'assessment';
  if (plan.stepUpAt !== null && visit === plan.visits - 1) return 'review';
  return plan.group ? 'group' : 'treatment';
}

function outcomeOf(plan: PatientPlan, visit: number): ClinicalContact['outcome'] {
  if (visit === plan.visits - 1) return 'discharged';
  return visit === plan.stepUpAt ? 'stepped-up' : 'continuing';
}

/** Days from this visit to the next. */
export function daysToNextVisit(random: Random, plan: PatientPlan, visit: number): number {
  if (visit === 0 || visit === plan.stepUpAt) return random.int(7, 14);
  return plan.group ? 7 : plan.cadenceDays;
}

function scoreAt(
  random: Random,
  track: readonly [number, number],
  max: number,
  visit: number,
  visits: number,
) {
  const [start, end] = track;
  if (visit === 0) return start;
  const progress = visit / Math.max(1, visits - 1);
  const noise = visit === visits - 1 ? random.int(-1, 1) : random.int(-2, 2);
  return clamp(Math.round(start + (end - start) * progress) + noise, max);
}

function modeAndMinutes(random: Random, plan: PatientPlan, kind: ContactKind) {
  if (kind === 'assessment') {
    const mode = random.weighted<ContactMode>([
      ['telephone', 6],
      ['video', 2],
      ['face-to-face', 2],
    ]);
    return {
      mode,
      minutes: random.weighted([
        [45, 6],
        [40, 1],
        [50, 2],
        [60, 1],
      ]),
    };
  }
  if (kind === 'review') return { mode: 'telephone' as const, minutes: random.int(15, 20) };
  if (kind === 'group') {
    const mode = random.weighted<ContactMode>([
      ['face-to-face', 3],
      ['video', 2],
    ]);
    return {
      mode,
      minutes: random.weighted([
        [90, 3],
        [120, 1],
      ]),
    };
  }
  const mode = random.chance(0.8) ? plan.mode : 'telephone';
  const minutes =
    mode === 'ccbt-support'
      ? random.weighted([
          [20, 3],
          [15, 1],
          [25, 1],
        ])
      : random.weighted([
          [30, 6],
          [25, 2],
          [35, 1],
          [20, 1],
        ]);
  return { mode, minutes };
}

function notesFor(
  random: Random,
  plan: PatientPlan,
  visit: number,
  kind: ContactKind,
  mode: ContactMode,
) {
  if (kind === 'review') return random.pick(CLOSING_REVIEW_NOTES);
  if (visit === plan.stepUpAt) return random.pick(STEP_UP_NOTES);
  if (visit === plan.visits - 1) return random.pick(DISCHARGE_NOTES);
  if (kind === 'assessment') return random.chance(0.5) ? random.pick(ASSESSMENT_NOTES) : undefined;
  if (!random.chance(0.35)) return undefined;
  if (kind === 'group') return random.pick(GROUP_NOTES);
  if (mode === 'ccbt-support') return random.pick(CCBT_NOTES);
  return random.pick(TREATMENT_NOTES[plan.primary] ?? GENERIC_TREATMENT_NOTES);
}

/** The contact for visit number `visit` of a patient's course (id and recordedAt still to set). */
export function contactFor(
  random: Random,
  plan: PatientPlan,
  visit: number,
  date: string,
): Omit<ClinicalContact, 'id' | 'recordedAt'> {
  const kind = kindOf(plan, visit);
  const { mode, minutes } = modeAndMinutes(random, plan, kind);
  const interventions =
    kind === 'treatment' || kind === 'group'
      ? plan.secondary !== null && visit >= 2 && random.chance(0.6)
        ? [plan.primary, plan.secondary]
        : [plan.primary]
      : [];
  const last = visit === plan.visits - 1;
  const measures: ClinicalContact['measures'] = {
    phq9: scoreAt(random, plan.phq9, 27, visit, plan.visits),
    gad7: scoreAt(random, plan.gad7, 21, visit, plan.visits),
  };
  if (visit === 0 || last) measures.wsas = scoreAt(random, plan.wsas, 40, visit, plan.visits);
  const notes = notesFor(random, plan, visit, kind, mode);
  return {
    state: 'submitted',
    patientCode: plan.code,
    date,
    kind,
    mode,
    durationMinutes: minutes,
    interventions,
    presentationId: plan.presentationId,
    measures,
    outcome: outcomeOf(plan, visit),
    ...(notes === undefined ? {} : { notes }),
  };
}
