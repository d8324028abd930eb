import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { attemptLimitMessage } from '../../../shared/domain/assessment-limit';
import type { Change } from '../../../shared/domain/changes';
import { applyChange } from '../../../shared/domain/changes';
import { interventionStatuses } from '../../../shared/domain/interventions';
import type { Portfolio } from '../../../shared/schemas/portfolio';
import { portfolioSchema } from '../../../shared/schemas/portfolio';
import type { AssessmentAttempt } from '../../../shared/schemas/records';
import { emptyPortfolio, meta } from '../../support/portfolio-fixture';

/**
 * The resubmission limit: an intervention may be assessed `1 + maxResubmissions` times. Only a
 * pass among those attempts (in date order) makes the trainee competent; when all of them are
 * marked and none passed, the intervention has failed for good; a further attempt is refused.
 */

const BA = 'behavioural-activation';
const EXPOSURE = 'exposure';
const AT = '2027-06-01T09:00:00.000Z';
const RESULTS = ['pass', 'refer', 'fail'] as const;
type ResultId = (typeof RESULTS)[number];

function withResubmissions(maxResubmissions: number): Portfolio {
  const portfolio = emptyPortfolio();
  portfolio.programme = {
    ...portfolio.programme,
    assessment: { ...portfolio.programme.assessment, maxResubmissions },
  };
  return portfolio;
}

function attempt(
  id: string,
  date: string,
  resultId: string,
  interventionId = BA,
  state: AssessmentAttempt['state'] = 'submitted',
): AssessmentAttempt {
  return {
    ...meta(id, `${date}T12:00:00Z`),
    state,
    interventionId,
    date,
    resultId,
    markerId: 'edu-1',
  };
}

const addAttempt = (record: AssessmentAttempt): Change => ({
  type: 'record-add',
  collection: 'assessments',
  record,
});

/** Independently of the app: is any current attempt dated on or after a current final fail? */
function breaksFinalFail(attempts: AssessmentAttempt[]): boolean {
  const superseded = new Set(attempts.flatMap((a) => a.amends?.supersedes ?? []));
  const current = attempts.filter((a) => !superseded.has(a.id));
  return current.some((fail) =>
    fail.resultId === 'fail'
      ? current.some(
          (other) =>
            other !== fail &&
            other.interventionId === fail.interventionId &&
            other.date >= fail.date &&
            !current.some(
              (earlier) =>
                earlier.resultId === 'fail' &&
                earlier.interventionId === fail.interventionId &&
                earlier.date < fail.date,
            ),
        )
      : false,
  );
}

const statusOf = (portfolio: Portfolio, id = BA) =>
  interventionStatuses(portfolio, '2029-01-01', []).find((s) => s.interventionId === id)!;

const result = fc.constantFrom<ResultId>(...RESULTS);

describe('the resubmission limit in the rule', () => {
  it('ignores a third attempt after a referral and a failed resubmission: failed, and final', () => {
    const portfolio = emptyPortfolio();
    portfolio.assessments.push(
      attempt('a1', '2027-03-01', 'refer'),
      attempt('a2', '2027-04-01', 'fail'),
      attempt('a3', '2027-05-01', 'pass'),
    );
    expect(statusOf(portfolio)).toMatchObject({
      competent: false,
      failed: true,
      attemptsAllowed: 2,
      resubmissionsUsed: 1,
      resubmissionsLeft: 0,
    });
  });

  it('treats a result that means fail as final at once, even with a resubmission left; a referral is not', () => {
    const failedFirst = emptyPortfolio();
    failedFirst.assessments.push(attempt('a1', '2027-03-01', 'fail'));
    expect(statusOf(failedFirst)).toMatchObject({ failed: true, resubmissionsLeft: 0 });
    failedFirst.assessments.push(attempt('a2', '2027-04-01', 'pass'));
    expect(statusOf(failedFirst)).toMatchObject({ competent: false, failed: true });
    const referred = emptyPortfolio();
    referred.assessments.push(attempt('a1', '2027-03-01', 'refer'));
    expect(statusOf(referred)).toMatchObject({ failed: false, resubmissionsLeft: 1 });
    referred.assessments.push(attempt('a2', '2027-04-01', 'pass'));
    expect(statusOf(referred)).toMatchObject({ competent: true, failed: false });
  });

  it('takes the attempts in date order, not the order they were written down', () => {
    const portfolio = emptyPortfolio();
    portfolio.assessments.push(
      attempt('late-pass', '2027-05-01', 'pass'),
      attempt('first', '2027-03-01', 'refer'),
      attempt('second', '2027-04-01', 'refer'),
    );
    expect(statusOf(portfolio)).toMatchObject({ competent: false, failed: true });
  });

  it('for any attempts and any limit: competent ⇔ a pass among the first N before any fail; failed ⇔ a fail, or N without a pass', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 7 }),
        fc.array(result, { minLength: 7, maxLength: 7 }),
        (maxResubmissions, offsets, results) => {
          const portfolio = withResubmissions(maxResubmissions);
          const allowed = maxResubmissions + 1;
          // Written down in any order; dated by `offsets`.
          const attempts = offsets.map((offset, i) =>
            attempt(`a${i}`, addDays('2027-01-04', offset), results[i] ?? 'pass'),
          );
          portfolio.assessments.push(...attempts);
          const byDate = [...attempts].sort((a, b) => a.date.localeCompare(b.date));
          const firstN = byDate.slice(0, allowed);
          // The first decisive result among the first N: a pass, or a fail (a referral is not).
          const decisive = firstN.find((a) => a.resultId === 'pass' || a.resultId === 'fail');
          const used = decisive ? firstN.indexOf(decisive) + 1 : firstN.length;
          const status = statusOf(portfolio);
          expect(status.attemptsAllowed).toBe(allowed);
          expect(status.competent).toBe(decisive?.resultId === 'pass');
          expect(status.failed).toBe(
            decisive ? decisive.resultId === 'fail' : firstN.length === allowed,
          );
          expect(status.competent && status.failed).toBe(false);
          expect(status.resubmissionsUsed).toBe(Math.max(0, used - 1));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('once failed, no later attempt changes it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.array(fc.constantFrom<ResultId>('refer', 'fail'), { minLength: 4, maxLength: 4 }),
        fc.array(result, { maxLength: 4 }),
        (maxResubmissions, nonPassing, later) => {
          const portfolio = withResubmissions(maxResubmissions);
          nonPassing
            .slice(0, maxResubmissions + 1)
            .forEach((r, i) =>
              portfolio.assessments.push(attempt(`a${i}`, addDays('2027-01-04', i * 30), r)),
            );
          expect(statusOf(portfolio).failed).toBe(true);
          later.forEach((r, i) =>
            portfolio.assessments.push(attempt(`b${i}`, addDays('2027-09-01', i * 30), r)),
          );
          expect(statusOf(portfolio)).toMatchObject({ competent: false, failed: true });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the resubmission limit on save and on open', () => {
  it('refuses a third attempt with a message naming the limit', () => {
    let portfolio = emptyPortfolio();
    for (const [id, date, r] of [
      ['a1', '2027-03-01', 'refer'],
      ['a2', '2027-04-01', 'refer'],
    ] as const) {
      const applied = applyChange(portfolio, addAttempt(attempt(id, date, r)), AT);
      expect(applied.ok).toBe(true);
      if (applied.ok) portfolio = applied.portfolio;
    }
    const third = applyChange(portfolio, addAttempt(attempt('a3', '2027-05-01', 'pass')), AT);
    expect(third).toEqual({
      ok: false,
      code: 'invalid-input',
      issues: [
        {
          path: ['record', 'interventionId'],
          message:
            "Behavioural activation has already been assessed 2 times (the first attempt and 1 resubmission, the programme's limit), so no further attempt can be recorded",
        },
      ],
    });
  });

  it('refuses any attempt after a final fail, naming it, and any fail dated before a later attempt', () => {
    let portfolio = emptyPortfolio();
    const first = applyChange(portfolio, addAttempt(attempt('a1', '2027-03-01', 'fail')), AT);
    expect(first.ok).toBe(true);
    if (first.ok) portfolio = first.portfolio;
    const next = applyChange(portfolio, addAttempt(attempt('a2', '2027-04-01', 'pass')), AT);
    expect(next).toMatchObject({
      ok: false,
      issues: [
        {
          message:
            'Behavioural activation was failed at the attempt of 1 March 2027, which is final, so no further attempt can be recorded',
        },
      ],
    });
    // The failing attempt itself can still be corrected (e.g. a mis-keyed result).
    const corrected = applyChange(
      portfolio,
      {
        type: 'record-amend',
        collection: 'assessments',
        supersedes: 'a1',
        reason: 'Result keyed wrongly',
        record: attempt('a1-fixed', '2027-03-01', 'refer'),
      },
      AT,
    );
    expect(corrected.ok).toBe(true);
    // A fail recorded before an attempt already there is refused too.
    const referred = applyChange(
      emptyPortfolio(),
      addAttempt(attempt('b1', '2027-05-01', 'refer')),
      AT,
    );
    expect(referred.ok).toBe(true);
    if (referred.ok)
      expect(
        applyChange(referred.portfolio, addAttempt(attempt('b0', '2027-04-01', 'fail')), AT).ok,
      ).toBe(false);
  });

  it('names the limit in words for any number of resubmissions', () => {
    const rules = (n: number) => ({ assessment: { maxResubmissions: n } });
    expect(attemptLimitMessage('Exposure therapy', rules(0))).toBe(
      "Exposure therapy has already been assessed once (the first attempt and no resubmission, the programme's limit), so no further attempt can be recorded",
    );
    expect(attemptLimitMessage('Exposure therapy', rules(2))).toContain(
      'assessed 3 times (the first attempt and 2 resubmissions',
    );
  });

  it('refuses a portfolio file that holds more attempts than allowed', () => {
    const portfolio = emptyPortfolio();
    portfolio.assessments.push(
      attempt('a1', '2027-03-01', 'refer'),
      attempt('a2', '2027-04-01', 'refer'),
      attempt('a3', '2027-05-01', 'pass'),
    );
    const parsed = portfolioSchema.safeParse(portfolio);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [
        ['assessments', 2, 'interventionId'],
        expect.stringContaining('has already been assessed 2 times'),
      ],
    ]);
  });

  it('a correction replaces an attempt rather than adding one', () => {
    let portfolio = emptyPortfolio();
    for (const record of [
      attempt('a1', '2027-03-01', 'refer'),
      attempt('a2', '2027-04-01', 'refer'),
    ]) {
      const applied = applyChange(portfolio, addAttempt(record), AT);
      if (applied.ok) portfolio = applied.portfolio;
    }
    const corrected = applyChange(
      portfolio,
      {
        type: 'record-amend',
        collection: 'assessments',
        supersedes: 'a2',
        reason: 'Wrong result entered',
        record: attempt('a2-fixed', '2027-04-01', 'pass'),
      },
      AT,
    );
    expect(corrected.ok).toBe(true);
    if (corrected.ok) expect(statusOf(corrected.portfolio).competent).toBe(true);
  });

  it('a correction of a correction still counts once, so it is accepted at the limit', () => {
    let portfolio = emptyPortfolio();
    const steps: Change[] = [
      addAttempt(attempt('a1', '2027-03-01', 'refer')),
      addAttempt(attempt('a2', '2027-04-01', 'refer')),
      {
        type: 'record-amend',
        collection: 'assessments',
        supersedes: 'a1',
        reason: 'Wrong date',
        record: attempt('a1-fixed', '2027-03-02', 'refer'),
      },
      {
        type: 'record-amend',
        collection: 'assessments',
        supersedes: 'a1-fixed',
        reason: 'Wrong date again',
        record: attempt('a1-fixed-again', '2027-03-03', 'refer'),
      },
    ];
    for (const change of steps) {
      const applied = applyChange(portfolio, change, AT);
      expect(applied.ok).toBe(true);
      if (applied.ok) portfolio = applied.portfolio;
    }
    expect(portfolioSchema.safeParse(portfolio).success).toBe(true);
    expect(applyChange(portfolio, addAttempt(attempt('a3', '2027-05-01', 'pass')), AT).ok).toBe(
      false,
    );
  });

  it('for any sequence of saves: the (N+1)th attempt, and any after a final fail, is refused, and only those; the file stays valid', () => {
    const step = fc.oneof(
      fc.record({
        kind: fc.constant('add' as const),
        intervention: fc.constantFrom(BA, EXPOSURE),
        result,
        draft: fc.boolean(),
        offset: fc.integer({ min: 0, max: 300 }),
      }),
      fc.record({
        kind: fc.constant('amend' as const),
        n: fc.integer({ min: 0, max: 12 }),
        intervention: fc.constantFrom(BA, EXPOSURE),
        result,
      }),
      fc.record({
        kind: fc.constant('edit' as const),
        n: fc.integer({ min: 0, max: 12 }),
        intervention: fc.constantFrom(BA, EXPOSURE),
      }),
      fc.record({ kind: fc.constant('delete' as const), n: fc.integer({ min: 0, max: 12 }) }),
      fc.record({ kind: fc.constant('submit' as const), n: fc.integer({ min: 0, max: 12 }) }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        fc.array(step, { maxLength: 25 }),
        (maxResubmissions, steps) => {
          let portfolio = withResubmissions(maxResubmissions);
          const allowed = maxResubmissions + 1;
          // Current attempts (drafts included) per intervention, kept independently of the app.
          const currentFor = (p: Portfolio, id: string) => {
            const superseded = new Set(p.assessments.flatMap((a) => a.amends?.supersedes ?? []));
            return p.assessments.filter((a) => a.interventionId === id && !superseded.has(a.id))
              .length;
          };
          let next = 0;
          steps.forEach((s) => {
            let change: Change;
            const target =
              portfolio.assessments[
                ('n' in s ? s.n : 0) % Math.max(1, portfolio.assessments.length)
              ];
            if (s.kind === 'add') {
              const record = attempt(
                `x${next++}`,
                addDays('2027-01-04', s.offset),
                s.result,
                s.intervention,
                s.draft ? 'draft' : 'submitted',
              );
              change = addAttempt(record);
              const before = currentFor(portfolio, s.intervention);
              const applied = applyChange(portfolio, change, AT);
              // Refused exactly when it would be the (N+1)th attempt, or when a final fail of
              // the same intervention would then be followed (or matched in date) by another.
              expect(applied.ok).toBe(
                before < allowed && !breaksFinalFail([...portfolio.assessments, record]),
              );
              if (!applied.ok)
                for (const issue of applied.issues)
                  expect(issue.message).toContain('so no further attempt can be recorded');
              if (applied.ok) portfolio = applied.portfolio;
            } else {
              if (!target) return;
              if (s.kind === 'amend')
                change = {
                  type: 'record-amend',
                  collection: 'assessments',
                  supersedes: target.id,
                  reason: 'Correction',
                  record: attempt(`x${next++}`, target.date, s.result, s.intervention),
                };
              else if (s.kind === 'edit')
                change = {
                  type: 'record-update-draft',
                  collection: 'assessments',
                  record: { ...target, interventionId: s.intervention },
                };
              else if (s.kind === 'delete')
                change = { type: 'record-delete-draft', collection: 'assessments', id: target.id };
              else change = { type: 'record-submit', collection: 'assessments', id: target.id };
              const applied = applyChange(portfolio, change, AT);
              if (applied.ok) portfolio = applied.portfolio;
            }
            for (const id of [BA, EXPOSURE])
              expect(currentFor(portfolio, id)).toBeLessThanOrEqual(allowed);
            const whole = portfolioSchema.safeParse(portfolio);
            expect(whole.success, JSON.stringify(whole.error?.issues)).toBe(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
