import type { Portfolio } from '../schemas/portfolio';
import type { AssessmentAttempt } from '../schemas/records';
import type { resultMeaning } from '../schemas/programme';
import type { z } from 'zod';
import { allowedAttempts } from './assessment-limit';
import { countedInRange, countingRange } from './counting-range';
import { contactsUpTo } from './practice-hours';
import type { SignOffState } from './sign-off-status';
import { signedRecordIds } from './sign-off-status';

export type CompetencyStage = 'not-started' | 'observed' | 'practised' | 'assessed';

export interface AttemptView {
  id: string;
  date: string;
  resultId: string;
  label: string;
  meaning: z.infer<typeof resultMeaning>;
}

export interface InterventionStatus {
  interventionId: string;
  name: string;
  stage: CompetencyStage;
  /** A pass among the allowed attempts (the first `1 + maxResubmissions`, in date order). */
  competent: boolean;
  /** Every allowed attempt was marked and none passed: final, no later attempt changes it. */
  failed: boolean;
  evidence: {
    observedPractice: number;
    recordedRolePlay: number;
    caseSummary: number;
    reflection: number;
  };
  evidenceSignedOff: number;
  evidenceAwaitingSignOff: number;
  contactsUsing: number;
  attempts: AttemptView[];
  /** How many attempts the programme allows: the first attempt plus its resubmissions. */
  attemptsAllowed: number;
  resubmissionsUsed: number;
  resubmissionsLeft: number;
}

export interface PresentationCoverage {
  covered: { presentationId: string; name: string; group: string }[];
  hasDepression: boolean;
  anxietyPresentations: number;
  requiredAnxietyPresentations: number;
  met: boolean;
}

/**
 * Each intervention's journey `not started → observed → practised → assessed`, its evidence and
 * sign-offs, and its assessment attempts against the programme's result scale and resubmission
 * limit. The attempts are taken in date order (then the order they were recorded) and only the
 * first `1 + maxResubmissions` count: the trainee is competent when one of them is a pass, and has
 * failed — finally — when all of them are marked and none is a pass. Every result that is not a
 * pass (`resubmit` or `fail`) uses one attempt. An attempt beyond the limit is refused on save
 * (`assessment-limit.ts`) and, should one be in a file anyway, changes nothing here.
 */
export function interventionStatuses(
  portfolio: Portfolio,
  today: string,
  signOffs: readonly SignOffState[],
): InterventionStatus[] {
  const { programme } = portfolio;
  const results = new Map(programme.assessment.results.map((r) => [r.id, r]));
  const signed = signedRecordIds(signOffs);
  const range = countingRange(portfolio, today);
  const evidence = countedInRange(portfolio.evidence, range);
  const contacts = contactsUpTo(portfolio, today).filter((c) => c.kind !== 'shadowing');
  const attempts = countedInRange(portfolio.assessments, range);

  return programme.interventions.map((intervention) => {
    const mine = evidence.filter((e) => e.interventionId === intervention.id);
    const count = (kind: (typeof mine)[number]['kind']) =>
      mine.filter((e) => e.kind === kind).length;
    const attemptViews = attempts
      .filter((a) => a.interventionId === intervention.id)
      .sort((a, b) => a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt))
      .map((a: AssessmentAttempt): AttemptView => {
        const result = results.get(a.resultId);
        return {
          id: a.id,
          date: a.date,
          resultId: a.resultId,
          label: result?.label ?? a.resultId,
          meaning: result?.meaning ?? 'fail',
        };
      });
    const contactsUsing = contacts.filter((c) => c.interventions.includes(intervention.id)).length;
    const allowed = allowedAttempts(programme);
    // In date order, within the attempts allowed: the first pass makes the trainee competent;
    // a final fail (meaning `fail`, not `resubmit`) or the last allowed attempt without a pass
    // fails the intervention, and nothing after it counts.
    const withinLimit = attemptViews.slice(0, allowed);
    const decisive = withinLimit.findIndex((a) => a.meaning === 'pass' || a.meaning === 'fail');
    const counting = decisive === -1 ? withinLimit : withinLimit.slice(0, decisive + 1);
    const competent = counting.at(-1)?.meaning === 'pass';
    const failed =
      !competent && (counting.at(-1)?.meaning === 'fail' || counting.length === allowed);
    const resubmissionsUsed = Math.max(0, counting.length - 1);
    const resubmissionsLeft = failed
      ? 0
      : Math.max(0, programme.assessment.maxResubmissions - resubmissionsUsed);
    const evidenceCounts = {
      observedPractice: count('observed-practice'),
      recordedRolePlay: count('recorded-role-play'),
      caseSummary: count('case-summary'),
      reflection: count('reflection'),
    };
    const stage: CompetencyStage =
      attemptViews.length > 0
        ? 'assessed'
        : evidenceCounts.recordedRolePlay + evidenceCounts.caseSummary > 0 || contactsUsing > 0
          ? 'practised'
          : evidenceCounts.observedPractice > 0
            ? 'observed'
            : 'not-started';
    const signedCount = mine.filter((e) => signed.has(e.id)).length;
    return {
      interventionId: intervention.id,
      name: intervention.name,
      stage,
      competent,
      failed,
      evidence: evidenceCounts,
      evidenceSignedOff: signedCount,
      evidenceAwaitingSignOff: mine.length - signedCount,
      contactsUsing,
      attempts: attemptViews,
      attemptsAllowed: allowed,
      resubmissionsUsed,
      resubmissionsLeft,
    };
  });
}

/** Which presentations the trainee has worked with (assessment or treatment), against coverage. */
export function presentationCoverage(portfolio: Portfolio, today: string): PresentationCoverage {
  const { programme } = portfolio;
  const seen = new Set(
    contactsUpTo(portfolio, today)
      .filter((c) => c.kind !== 'shadowing' && c.presentationId)
      .map((c) => c.presentationId),
  );
  const covered = programme.presentations
    .filter((p) => seen.has(p.id))
    .map((p) => ({ presentationId: p.id, name: p.name, group: p.group }));
  const hasDepression = covered.some((p) => p.group === 'depression');
  const anxietyPresentations = covered.filter((p) => p.group === 'anxiety').length;
  const required = programme.coverage.minimumAnxietyPresentations;
  return {
    covered,
    hasDepression,
    anxietyPresentations,
    requiredAnxietyPresentations: required,
    met:
      (hasDepression || !programme.coverage.requireDepression) && anxietyPresentations >= required,
  };
}
