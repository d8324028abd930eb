import { addDays, addMonths } from '../dates';
import type {
  AssessmentAttempt,
  Evidence,
  OffTheJob,
  ProgrammeDay,
  Reflection,
} from '../schemas/records';
import type { SignOffRequest } from '../signing/sign-off';
import {
  isChristmasBreak,
  mondayOf,
  signedAfter,
  workingDayBetween,
  workingDaysOf,
  writtenAfter,
} from './calendar';
import type { GeneratorContext } from './context';
import type { Random } from './random';
import {
  ASSESSMENT_FEEDBACK,
  EVIDENCE_SIGN_OFF_COMMENTS,
  OFF_THE_JOB,
  REFLECTION_TEXTS,
  REFLECTION_TITLES,
} from './texts';

/**
 * Learning and competence: evidence for every intervention (observed practice during shadowing,
 * a recorded role-play and a case summary later, sometimes a reflection), monthly reflections,
 * educator-marked assessment attempts in the last third of the year, and — on the
 * apprenticeship — weekly off-the-job training. A trainee who is behind has one intervention
 * with no evidence and no attempt, fewer case summaries, fewer reflections and fewer sign-offs.
 */

type Intervention = GeneratorContext['programme']['interventions'][number];

/** The presentation a case summary for each intervention is usually about. */
const CASE_PRESENTATION: Record<string, string> = {
  'behavioural-activation': 'depression',
  exposure: 'specific-phobia',
  'cognitive-restructuring': 'generalised-anxiety',
  'medication-support': 'depression',
  'problem-solving': 'mixed-anxiety-depression',
  'panic-management': 'panic',
  'sleep-hygiene': 'sleep-difficulties',
};

interface EvidenceDraft {
  interventionId: string;
  kind: Evidence['kind'];
  date: string;
  title: string;
  description: string;
  presentationId?: string;
}

function evidenceDrafts(context: GeneratorContext, random: Random, intervention: Intervention) {
  const { start } = context.timeline;
  const name = intervention.name.toLowerCase();
  const drafts: EvidenceDraft[] = [
    {
      interventionId: intervention.id,
      kind: 'observed-practice',
      date: workingDayBetween(random, start, 7, 52),
      title: `Observed practice: ${intervention.name}`,
      description: `Observed a qualified PWP deliver ${name}. Noted how the rationale was shared collaboratively, how the homework was agreed and how the session kept to time.`,
    },
    {
      interventionId: intervention.id,
      kind: 'recorded-role-play',
      date: workingDayBetween(random, start, 75, 200),
      title: `Recorded role-play: ${intervention.name}`,
      description: `Recorded role-play of a ${name} session with a peer as the patient, rated against the competency scale. Strengths: clear rationale and a collaborative agenda. To develop: pacing and summarising.`,
    },
  ];
  if (!context.behind || random.chance(0.5)) {
    const presentation = context.programme.presentations.find(
      (p) => p.id === CASE_PRESENTATION[intervention.id],
    );
    drafts.push({
      interventionId: intervention.id,
      kind: 'case-summary',
      date: workingDayBetween(random, start, 180, 300),
      title: `Case summary: ${intervention.name}`,
      description: `Anonymised summary of a patient treated with ${name}: the assessment, the shared formulation, the sessions delivered, the change in PHQ-9 and GAD-7 scores, and what I would do differently next time.`,
      ...(presentation ? { presentationId: presentation.id } : {}),
    });
  }
  if (random.chance(0.5)) {
    drafts.push({
      interventionId: intervention.id,
      kind: 'reflection',
      date: workingDayBetween(random, start, 60, 330),
      title: `Reflection on delivering ${name}`,
      description: `Using Gibbs’ cycle I reflected on a session of ${name}: what went well, what I found hard, and what I will change, drawing on feedback from clinical skills supervision.`,
    });
  }
  return drafts;
}

export interface LearningPlan {
  evidence: Evidence[];
  evidenceSignOffs: SignOffRequest[];
  reflections: Reflection[];
  assessments: AssessmentAttempt[];
  offTheJob: OffTheJob[];
}

const numbered = (prefix: string, index: number) =>
  `${prefix}-${String(index + 1).padStart(4, '0')}`;

function planEvidence(context: GeneratorContext, random: Random, skipped: string | null) {
  const drafts = context.programme.interventions
    .filter((intervention) => intervention.id !== skipped)
    .flatMap((intervention) => evidenceDrafts(context, random, intervention))
    .filter((draft) => draft.date <= context.timeline.end)
    .sort((a, b) => a.date.localeCompare(b.date));
  const evidence = drafts.map((draft, index): Evidence => ({
    id: numbered('ev', index),
    recordedAt: writtenAfter(random, draft.date),
    state: 'submitted',
    ...draft,
  }));
  const { caseManagerId, clinicalSkillsId } = context.cast;
  const signOffs = evidence
    .filter(() => random.chance(context.behind ? 0.5 : 0.85))
    .map((item): SignOffRequest => ({
      id: `so-${item.id}`,
      subject: 'evidence',
      recordIds: [item.id],
      signerId: item.kind === 'case-summary' ? caseManagerId : clinicalSkillsId,
      signedAt: signedAfter(random, item.recordedAt, 2, 14),
      decision: 'approved',
      ...(random.chance(0.5) ? { comments: random.pick(EVIDENCE_SIGN_OFF_COMMENTS) } : {}),
    }));
  return { evidence, signOffs };
}

function planReflections(context: GeneratorContext, random: Random): Reflection[] {
  const { start, end } = context.timeline;
  const reflections: Reflection[] = [];
  const firstText = random.int(0, REFLECTION_TEXTS.length - 1);
  for (let month = 0; month < context.programme.windowMonths; month += 1) {
    if (context.behind && random.chance(0.4)) continue;
    const date = workingDayBetween(random, addMonths(start, month), 3, 26);
    if (date > end) continue;
    const linked = random.chance(0.4) ? random.pick(context.programme.interventions) : null;
    reflections.push({
      id: numbered('refl', reflections.length),
      recordedAt: writtenAfter(random, date),
      state: 'submitted',
      date,
      title: REFLECTION_TITLES[month % REFLECTION_TITLES.length] ?? 'Reflection',
      text: REFLECTION_TEXTS[(firstText + month) % REFLECTION_TEXTS.length] ?? '',
      private: random.chance(0.3),
      ...(linked ? { interventionId: linked.id } : {}),
    });
  }
  return reflections;
}

function planAssessments(context: GeneratorContext, random: Random, skipped: string | null) {
  const { start, end } = context.timeline;
  const interventions = context.programme.interventions.filter((i) => i.id !== skipped);
  const referred = random.pick(interventions).id;
  const { results } = context.programme.assessment;
  const passId = results.find((r) => r.meaning === 'pass')?.id ?? 'pass';
  const referId = results.find((r) => r.meaning === 'resubmit')?.id ?? passId;
  const attempts: Omit<AssessmentAttempt, 'id' | 'recordedAt'>[] = [];
  for (const intervention of interventions) {
    const date = workingDayBetween(random, start, 245, intervention.id === referred ? 295 : 345);
    const marker = () => random.pick(context.cast.educatorIds);
    if (intervention.id === referred) {
      attempts.push({
        state: 'submitted',
        interventionId: intervention.id,
        date,
        resultId: referId,
        markerId: marker(),
        feedback: random.pick(ASSESSMENT_FEEDBACK.refer),
      });
    }
    attempts.push({
      state: 'submitted',
      interventionId: intervention.id,
      date: intervention.id === referred ? workingDayBetween(random, date, 21, 42) : date,
      resultId: passId,
      markerId: marker(),
      feedback: random.pick(ASSESSMENT_FEEDBACK.pass),
    });
  }
  return attempts
    .filter((attempt) => attempt.date <= end)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map(({ state, ...rest }, index): AssessmentAttempt => ({
      id: numbered('assess', index),
      recordedAt: writtenAfter(random, rest.date),
      state,
      ...rest,
    }));
}

/** Hours of learning in each week: programme days attended, or self-study in weeks without. */
function planOffTheJob(context: GeneratorContext, random: Random, days: readonly ProgrammeDay[]) {
  if (context.route !== 'apprenticeship') return [];
  const records: OffTheJob[] = [];
  for (let week = 0; week < context.timeline.weeks; week += 1) {
    const working = workingDaysOf(context.timeline, week).filter((day) => !isChristmasBreak(day));
    const date = working.at(-1);
    if (date === undefined) continue;
    const monday = mondayOf(context.timeline, week);
    const attended = days.filter(
      (day) => day.status === 'attended' && day.date >= monday && day.date <= addDays(monday, 6),
    );
    const taught = attended.some((day) => day.kind === 'taught');
    const directed = attended.some((day) => day.kind === 'directed');
    const activity =
      attended.length === 0
        ? random.pick(OFF_THE_JOB.study)
        : taught && directed
          ? OFF_THE_JOB.both
          : taught
            ? OFF_THE_JOB.teaching
            : OFF_THE_JOB.directed;
    const hours =
      attended.length > 0 ? attended.length * 6 + random.int(0, 2) * 0.5 : random.int(6, 12) * 0.5;
    records.push({
      id: numbered('otj', records.length),
      recordedAt: writtenAfter(random, date),
      state: 'submitted',
      date,
      hours,
      activity,
    });
  }
  return records;
}

/** Evidence (with its sign-offs), reflections, assessment attempts and off-the-job training. */
export function planLearning(
  context: GeneratorContext,
  random: Random,
  days: readonly ProgrammeDay[],
): LearningPlan {
  const skipped = context.behind ? random.pick(context.programme.interventions).id : null;
  const { evidence, signOffs } = planEvidence(context, random, skipped);
  return {
    evidence,
    evidenceSignOffs: signOffs,
    reflections: planReflections(context, random),
    assessments: planAssessments(context, random, skipped),
    offTheJob: planOffTheJob(context, random, days),
  };
}
