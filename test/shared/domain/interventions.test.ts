import { describe, expect, it } from 'vitest';
import { interventionStatuses, presentationCoverage } from '../../../shared/domain/interventions';
import { signOffStates } from '../../../shared/domain/sign-off-status';
import type { Portfolio } from '../../../shared/schemas/portfolio';
import type { AssessmentAttempt, ClinicalContact, Evidence } from '../../../shared/schemas/records';
import { emptyPortfolio, meta } from '../../support/portfolio-fixture';
import { signRecords, trustKey } from '../../support/signing-fixture';

const BA = 'behavioural-activation';

function evidence(id: string, kind: Evidence['kind'], interventionId = BA): Evidence {
  return {
    ...meta(id),
    interventionId,
    kind,
    date: '2026-10-01',
    title: 'Evidence',
    description: 'What happened',
  };
}
function attempt(id: string, date: string, resultId: string): AssessmentAttempt {
  return { ...meta(id), interventionId: BA, date, resultId, markerId: 'edu-1' };
}
function contact(
  id: string,
  presentationId: string,
  kind: ClinicalContact['kind'] = 'treatment',
): ClinicalContact {
  return {
    ...meta(id),
    patientCode: 'PT-0001',
    date: '2026-11-01',
    kind,
    mode: 'video',
    durationMinutes: 30,
    interventions: [BA],
    presentationId,
    measures: {},
    outcome: 'continuing',
  };
}
const statusOf = (portfolio: Portfolio, today = '2027-06-01') =>
  interventionStatuses(portfolio, today, signOffStates(portfolio)).find(
    (s) => s.interventionId === BA,
  )!;

describe('interventionStatuses', () => {
  it('lists all seven national interventions, not started', () => {
    const statuses = interventionStatuses(emptyPortfolio(), '2026-10-01', []);
    expect(statuses).toHaveLength(7);
    expect(new Set(statuses.map((s) => s.stage))).toEqual(new Set(['not-started']));
  });

  it.each([
    [['observed-practice'] as const, 'observed'],
    [['observed-practice', 'recorded-role-play'] as const, 'practised'],
    [['case-summary'] as const, 'practised'],
  ])('with evidence %j the stage is %s', (kinds, stage) => {
    const portfolio = emptyPortfolio();
    kinds.forEach((kind, i) => portfolio.evidence.push(evidence(`ev-${i}`, kind)));
    expect(statusOf(portfolio).stage).toBe(stage);
  });

  it('counts only evidence with a sign-off that counts as signed off', () => {
    const portfolio = emptyPortfolio();
    trustKey(portfolio);
    portfolio.evidence.push(
      evidence('ev-1', 'observed-practice'),
      evidence('ev-2', 'recorded-role-play'),
    );
    signRecords(portfolio, 'evidence', ['ev-1']);
    signRecords(portfolio, 'evidence', ['ev-2'], { decision: 'returned' });
    const status = statusOf(portfolio);
    expect(status.evidenceSignedOff).toBe(1);
    expect(status.evidenceAwaitingSignOff).toBe(1);
  });

  it('is competent after a referral and a passed resubmission', () => {
    const portfolio = emptyPortfolio();
    portfolio.assessments.push(
      attempt('a1', '2027-03-01', 'refer'),
      attempt('a2', '2027-04-01', 'pass'),
    );
    expect(statusOf(portfolio)).toMatchObject({
      stage: 'assessed',
      competent: true,
      failed: false,
      resubmissionsUsed: 1,
      resubmissionsLeft: 0,
    });
  });

  it('has failed when referred again after the one resubmission is used', () => {
    const portfolio = emptyPortfolio();
    portfolio.assessments.push(
      attempt('a1', '2027-03-01', 'refer'),
      attempt('a2', '2027-04-01', 'refer'),
    );
    expect(statusOf(portfolio)).toMatchObject({
      competent: false,
      failed: true,
      resubmissionsLeft: 0,
    });
  });

  it('may resubmit after a first referral', () => {
    const portfolio = emptyPortfolio();
    portfolio.assessments.push(attempt('a1', '2027-03-01', 'refer'));
    expect(statusOf(portfolio)).toMatchObject({
      competent: false,
      failed: false,
      resubmissionsLeft: 1,
    });
  });

  it('does not count an attempt dated after today', () => {
    const portfolio = emptyPortfolio();
    portfolio.assessments.push(attempt('a1', '2027-07-01', 'pass'));
    expect(statusOf(portfolio, '2027-06-30').competent).toBe(false);
  });
});

describe('presentationCoverage', () => {
  it('needs depression and at least two anxiety presentations', () => {
    const portfolio = emptyPortfolio();
    portfolio.contacts.push(contact('c1', 'depression'), contact('c2', 'panic'));
    expect(presentationCoverage(portfolio, '2027-01-01')).toMatchObject({
      hasDepression: true,
      anxietyPresentations: 1,
      met: false,
    });
    portfolio.contacts.push(contact('c3', 'generalised-anxiety'));
    expect(presentationCoverage(portfolio, '2027-01-01').met).toBe(true);
  });

  it('does not count presentations only seen while shadowing', () => {
    const portfolio = emptyPortfolio();
    portfolio.contacts.push(contact('c1', 'depression', 'shadowing'));
    expect(presentationCoverage(portfolio, '2027-01-01').hasDepression).toBe(false);
  });
});
