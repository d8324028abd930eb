import { currentRecords } from './current-records';

/**
 * The resubmission limit, in one place for the rule (`interventions.ts`) and for the checks on
 * save (`change-invariants.ts`) and on open (`portfolio-invariants.ts`).
 *
 * An intervention may be assessed at most `1 + maxResubmissions` times: the first attempt and the
 * programme's resubmissions. Every current attempt record counts towards the limit, drafts
 * included (a draft is an attempt being written up); a corrected attempt counts once, as its
 * correction.
 */

interface AssessmentRules {
  assessment: { maxResubmissions: number };
}

/** The programme's result scale, for telling a final fail from a referral. */
interface ResultRules {
  assessment: { results: readonly { id: string; meaning: 'pass' | 'resubmit' | 'fail' }[] };
}

interface AttemptRecord {
  id: string;
  state: 'draft' | 'submitted';
  amends?: { supersedes: string; reason: string } | undefined;
  interventionId: string;
  resultId: string;
  date: string;
}

/** How many times an intervention may be assessed: the first attempt plus the resubmissions. */
export function allowedAttempts(programme: AssessmentRules): number {
  return 1 + programme.assessment.maxResubmissions;
}

/** Current attempt records (drafts included) per intervention id. */
export function attemptCounts(attempts: readonly AttemptRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of currentRecords(attempts))
    counts.set(a.interventionId, (counts.get(a.interventionId) ?? 0) + 1);
  return counts;
}

/**
 * The current attempt whose result is a final fail (meaning `fail`, not `resubmit`) for each
 * intervention: after it no further attempt may be recorded, whatever attempts are left.
 */
export function finalFails(
  attempts: readonly AttemptRecord[],
  programme: ResultRules,
): Map<string, AttemptRecord> {
  const failing = new Set(
    programme.assessment.results.filter((r) => r.meaning === 'fail').map((r) => r.id),
  );
  const fails = new Map<string, AttemptRecord>();
  for (const a of currentRecords(attempts)) {
    if (!failing.has(a.resultId)) continue;
    const known = fails.get(a.interventionId);
    if (!known || a.date < known.date) fails.set(a.interventionId, a);
  }
  return fails;
}

/**
 * Attempts recorded on or after a final fail for the same intervention (the fail itself aside):
 * none may exist, since a final fail closes the intervention.
 */
export function attemptsAfterFinalFail<T extends AttemptRecord>(
  attempts: readonly T[],
  programme: ResultRules,
): { attempt: T; failedOn: string }[] {
  const fails = finalFails(attempts, programme);
  const current = new Set(currentRecords(attempts));
  return attempts.flatMap((attempt) => {
    const failed = fails.get(attempt.interventionId);
    return current.has(attempt) && failed && failed !== attempt && attempt.date >= failed.date
      ? [{ attempt, failedOn: failed.date }]
      : [];
  });
}

/** Why no attempt can follow a final fail. */
export function finalFailMessage(interventionName: string, failedOn: string): string {
  return `${interventionName} was failed at the attempt of ${failedOn}, which is final, so no further attempt can be recorded`;
}

/** Why one more attempt cannot be recorded for `interventionName`, naming the limit. */
export function attemptLimitMessage(interventionName: string, programme: AssessmentRules): string {
  const resubmissions = programme.assessment.maxResubmissions;
  const allowed = allowedAttempts(programme);
  const times = allowed === 1 ? 'once' : `${allowed} times`;
  const limit =
    resubmissions === 0
      ? "the first attempt and no resubmission, the programme's limit"
      : `the first attempt and ${resubmissions} resubmission${resubmissions === 1 ? '' : 's'}, the programme's limit`;
  return `${interventionName} has already been assessed ${times} (${limit}), so no further attempt can be recorded`;
}
