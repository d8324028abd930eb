import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../shared/dates';
import type { ApprenticeshipOnRoute } from '../../../shared/domain/apprenticeship';
import { apprenticeshipProgress } from '../../../shared/domain/apprenticeship';
import { newPortfolio } from '../../../shared/domain/new-portfolio';
import type { Portfolio, TrainingRoute } from '../../../shared/schemas/portfolio';
import { portfolioSchema } from '../../../shared/schemas/portfolio';
import type { OffTheJob } from '../../../shared/schemas/records';

// 2026-09-07 is a Monday; with 12 months to gateway the earliest gateway is 2027-09-07.
const START = '2026-09-07';

let lastId = 0;
function offTheJob(date: string, hours: number, extra: Partial<OffTheJob> = {}): OffTheJob {
  lastId += 1;
  return {
    id: `otj-${lastId}`,
    recordedAt: `${date}T17:00:00Z`,
    state: 'submitted',
    date,
    hours,
    activity: 'Study day: behavioural activation',
    ...extra,
  };
}

function portfolioWith(
  records: OffTheJob[] = [],
  {
    startDate = START,
    route = 'apprenticeship',
  }: { startDate?: string; route?: TrainingRoute } = {},
): Portfolio {
  const portfolio = newPortfolio(
    {
      name: 'Alex Trainee',
      university: 'University of Exeter',
      service: 'Devon Talking Therapies',
      cohort: 'September 2026',
      startDate,
      route,
    },
    { id: 'p1', now: new Date('2026-09-01T09:00:00Z') },
  );
  portfolio.offTheJob.push(...records);
  return portfolio;
}

/** Day `n` after the start (day 0 is the start date itself). */
const day = (n: number) => addDays(START, n);

/** The progress of an apprentice, failing the test if the rules say they are not one. */
function progress(portfolio: Portfolio, today: string): ApprenticeshipOnRoute {
  const result = apprenticeshipProgress(portfolio, today);
  if (!result.applies) throw new Error('expected the apprenticeship rules to apply');
  return result;
}

describe('apprenticeshipProgress', () => {
  it('builds portfolios the schema accepts, so the rules are tested on realistic data', () => {
    expect(portfolioSchema.safeParse(portfolioWith([offTheJob(day(1), 6)])).success).toBe(true);
  });

  it.each<TrainingRoute>(['pgcert', 'gradcert'])('does not apply on the %s route', (route) => {
    const portfolio = portfolioWith([offTheJob(day(1), 6)], { route });
    expect(apprenticeshipProgress(portfolio, day(30))).toEqual({ applies: false });
  });

  it.each([
    ['on the start date', 0, 1],
    ['six days in', 6, 1],
    ['thirteen days in', 13, 1],
    ['two weeks in', 14, 2],
    ['before the start date', -5, 1],
  ])('counts whole weeks elapsed, at least one: %s', (_name, n, weeks) => {
    expect(progress(portfolioWith(), day(n)).weeksElapsed).toBe(weeks);
  });

  it.each([
    ['24 hours over 4 weeks averages 6 and meets the expectation', [6, 6, 6, 6], 6, true],
    ['23.5 hours over 4 weeks falls short', [6, 6, 6, 5.5], 5.875, false],
    ['tenths of an hour adding up to 24 still meet it', Array<number>(240).fill(0.1), 6, true],
  ])('%s', (_name, hours, average, met) => {
    const records = hours.map((h, i) => offTheJob(day(i % 28), h));
    const result = progress(portfolioWith(records), day(28));
    expect(result.weeksElapsed).toBe(4);
    expect(result.averageHoursPerWeek).toBeCloseTo(average, 9);
    expect(result.expectedHoursPerWeek).toBe(6);
    expect(result.met).toBe(met);
  });

  it.each<[string, () => OffTheJob[], number]>([
    ['a draft', () => [offTheJob(day(3), 6, { state: 'draft' })], 0],
    [
      'an entry that has been corrected, counting only the correction',
      () => {
        const wrong = offTheJob(day(3), 6);
        return [
          wrong,
          offTheJob(day(3), 2, { amends: { supersedes: wrong.id, reason: 'Was 2 h' } }),
        ];
      },
      2,
    ],
    ['an entry dated after today', () => [offTheJob(day(40), 6)], 0],
    ['an entry dated before the apprenticeship began', () => [offTheJob(day(-3), 6)], 0],
  ])('leaves out %s', (_name, records, totalHours) => {
    expect(progress(portfolioWith(records()), day(28)).totalHours).toBe(totalHours);
  });

  it.each([
    ['learning on day 28 keeps within 28 days', 28, []],
    ['learning first on day 29 leaves a 29-day gap', 29, [{ from: START, to: day(29), days: 29 }]],
  ])('%s', (_name, n, long) => {
    const result = progress(portfolioWith([offTheJob(day(n), 3)]), day(n));
    expect(result.longestGapDays).toBe(n);
    expect(result.longGaps.map(({ from, to, days }) => ({ from, to, days }))).toEqual(long);
  });

  it('finds the longest gap between two pieces of learning and lists every long one', () => {
    const records = [offTheJob(day(10), 6), offTheJob(day(50), 6), offTheJob(day(60), 6)];
    const result = progress(portfolioWith(records), day(70));
    expect(result.longestGapDays).toBe(40);
    expect(result.longGaps).toEqual([{ from: day(10), to: day(50), days: 40, ongoing: false }]);
  });

  it('shows a gap still running from the last learning to today', () => {
    const result = progress(portfolioWith([offTheJob(day(7), 6)]), day(40));
    expect(result.longGaps).toEqual([{ from: day(7), to: day(40), days: 33, ongoing: true }]);
  });

  it('counts two entries on one day as one day of learning', () => {
    const records = [offTheJob(day(20), 2), offTheJob(day(20), 4)];
    const result = progress(portfolioWith(records), day(30));
    expect(result.totalHours).toBe(6);
    expect(result.longestGapDays).toBe(20);
  });

  it('counts a gap across 29 February in real days', () => {
    const portfolio = portfolioWith([offTheJob('2028-03-01', 6)], { startDate: '2028-02-28' });
    const result = progress(portfolio, '2028-03-01');
    expect(result.longestGapDays).toBe(2);
  });

  it.each([
    ['the day before the anniversary', START, '2027-09-06', '2027-09-07', false],
    ['on the anniversary of the start', START, '2027-09-07', '2027-09-07', true],
    [
      'for a start on 29 February, not on 28 February of a common year',
      '2028-02-29',
      '2029-02-28',
      '2029-03-01',
      false,
    ],
    [
      'for a start on 29 February, on 1 March (29 February does not exist that year)',
      '2028-02-29',
      '2029-03-01',
      '2029-03-01',
      true,
    ],
  ])(
    'reaches gateway no earlier than 12 months on: %s',
    (_name, startDate, today, earliest, reached) => {
      const result = progress(portfolioWith([], { startDate }), today);
      expect(result.gatewayEarliest).toBe(earliest);
      expect(result.gatewayReached).toBe(reached);
    },
  );
});

const arbitraryRecord = fc
  .record({
    dayOffset: fc.integer({ min: -10, max: 200 }),
    hours: fc.integer({ min: 1, max: 96 }).map((quarters) => quarters / 4),
    state: fc.constantFrom('submitted' as const, 'draft' as const),
  })
  .map((r) => offTheJob(day(r.dayOffset), r.hours, { state: r.state }));

describe('apprenticeshipProgress properties', () => {
  it('never reports negative hours or gaps, and always at least one week', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryRecord, { maxLength: 30 }),
        fc.integer({ min: -20, max: 220 }),
        (records, n) => {
          const result = progress(portfolioWith(records), day(n));
          expect(result.totalHours).toBeGreaterThanOrEqual(0);
          expect(result.averageHoursPerWeek).toBeGreaterThanOrEqual(0);
          expect(result.weeksElapsed).toBeGreaterThanOrEqual(1);
          expect(result.longestGapDays).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('lists exactly the gaps longer than the limit, none longer than the longest', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryRecord, { maxLength: 30 }),
        fc.integer({ min: 0, max: 220 }),
        (records, n) => {
          const result = progress(portfolioWith(records), day(n));
          for (const gap of result.longGaps) {
            expect(gap.days).toBeGreaterThan(result.maxDaysWithoutLearning);
            expect(gap.days).toBeLessThanOrEqual(result.longestGapDays);
            expect(daysBetween(gap.from, gap.to)).toBe(gap.days);
          }
          const longestIsListed = result.longGaps.some((g) => g.days === result.longestGapDays);
          expect(longestIsListed).toBe(result.longestGapDays > result.maxDaysWithoutLearning);
        },
      ),
    );
  });
});
