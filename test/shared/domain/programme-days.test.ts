import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { programmeDayProgress } from '../../../shared/domain/programme-days';
import type { ProgrammeDay } from '../../../shared/schemas/records';
import { emptyPortfolio, meta } from '../../support/portfolio-fixture';

let counter = 0;
function day(
  date: string,
  status: ProgrammeDay['status'],
  extra: Partial<ProgrammeDay> = {},
): ProgrammeDay {
  counter += 1;
  return {
    ...meta(`day-${counter}`),
    date,
    moduleId: 'engagement-assessment',
    kind: 'taught',
    status,
    ...(status === 'authorised-absence'
      ? { makeUpPlan: 'Catch up with the recorded lecture' }
      : {}),
    ...extra,
  };
}

/** A module-1 portfolio with `attended` taught days and some other days. */
function withDays(days: ProgrammeDay[]) {
  const portfolio = emptyPortfolio();
  portfolio.programmeDays.push(...days);
  return portfolio;
}

describe('programmeDayProgress', () => {
  it('counts the national 45 days: 25 taught and 20 directed', () => {
    const progress = programmeDayProgress(emptyPortfolio(), '2026-09-07');
    expect(progress.totals.required).toBe(45);
    expect(progress.byKind.taught.required).toBe(25);
    expect(progress.byKind.directed.required).toBe(20);
    expect(progress.totals.remaining).toBe(45);
    expect(progress.totals.unscheduled).toBe(45);
  });

  it('closes the 12-month window on the day before the anniversary of the start', () => {
    const progress = programmeDayProgress(emptyPortfolio(), '2027-09-06');
    expect(progress.windowEnd).toBe('2027-09-06');
    expect(progress.daysLeftInWindow).toBe(0);
    expect(progress.windowClosed).toBe(false);
    expect(programmeDayProgress(emptyPortfolio(), '2027-09-07').windowClosed).toBe(true);
  });

  it('flags a day on the anniversary as outside the window, and the day before as inside', () => {
    const progress = programmeDayProgress(
      withDays([day('2027-09-06', 'attended'), day('2027-09-07', 'attended')]),
      '2027-09-08',
    );
    expect(progress.outsideWindow.map((d) => d.date)).toEqual(['2027-09-07']);
  });

  it('flags every absence, authorised or not', () => {
    const progress = programmeDayProgress(
      withDays([
        day('2026-09-08', 'attended'),
        day('2026-09-15', 'authorised-absence'),
        day('2026-09-22', 'missed'),
      ]),
      '2026-10-01',
    );
    expect(progress.absences.map((d) => d.status)).toEqual(['authorised-absence', 'missed']);
    const module = progress.modules[0]!;
    expect(module.attendancePercentSoFar).toBeCloseTo(33.3, 1);
  });

  it.each([
    // Module 1 has 13 days (8 taught + 5 directed); 80 % of 13 is 10.4 days.
    [2, false, 84.6],
    [3, true, 76.9],
  ])('with %i days lost, the module cannot be passed: %s', (lost, cannotPass, best) => {
    const days = Array.from({ length: lost }, (_, i) =>
      day(addDays('2026-09-08', 7 * i), 'missed'),
    );
    const module = programmeDayProgress(withDays(days), '2026-12-01').modules[0]!;
    expect(module.bestPossiblePercent).toBe(best);
    expect(module.cannotPass).toBe(cannotPass);
  });

  it('counts an authorised absence as accounted for but not as attended', () => {
    const days = [
      ...Array.from({ length: 7 }, (_, i) => day(addDays('2026-09-08', 7 * i), 'attended')),
      day('2026-11-03', 'authorised-absence'),
      ...Array.from({ length: 5 }, (_, i) =>
        day(addDays('2026-09-09', 7 * i), 'attended', { kind: 'directed' }),
      ),
    ];
    const module = programmeDayProgress(withDays(days), '2027-01-01').modules[0]!;
    expect(module.accountedFor).toBe(true);
    expect(module.remaining).toBe(1);
  });

  it('shows a past day still marked planned as unrecorded, and a future one as planned', () => {
    const progress = programmeDayProgress(
      withDays([day('2026-09-08', 'planned'), day('2026-12-08', 'planned')]),
      '2026-10-01',
    );
    expect(progress.totals.unrecorded).toBe(1);
    expect(progress.totals.planned).toBe(1);
  });

  it('ignores drafts and superseded days, and counts the correction', () => {
    const original = day('2026-09-08', 'missed');
    const draft = { ...day('2026-09-15', 'attended'), state: 'draft' as const };
    const correction = day('2026-09-08', 'attended', {
      amends: { supersedes: original.id, reason: 'Register was wrong' },
    });
    const progress = programmeDayProgress(withDays([original, draft, correction]), '2026-10-01');
    expect(progress.totals.attended).toBe(1);
    expect(progress.totals.missed).toBe(0);
  });

  it('never reports negative numbers, whatever the records say', () => {
    const statuses = ['planned', 'attended', 'authorised-absence', 'missed'] as const;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            offset: fc.integer({ min: -30, max: 400 }),
            status: fc.constantFrom(...statuses),
          }),
          { maxLength: 80 },
        ),
        fc.integer({ min: 0, max: 500 }),
        (entries, todayOffset) => {
          const progress = programmeDayProgress(
            withDays(entries.map((e) => day(addDays('2026-09-07', e.offset), e.status))),
            addDays('2026-09-07', todayOffset),
          );
          for (const tally of [progress.totals, ...progress.modules]) {
            for (const value of Object.values(tally))
              if (typeof value === 'number') expect(value).toBeGreaterThanOrEqual(0);
          }
          expect(progress.daysLeftInWindow).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('programmeDayProgress: attendedDates', () => {
  const today = '2026-10-01';

  it.each<[string, () => ProgrammeDay[], string[]]>([
    ['nothing attended yet gives an empty series', () => [day('2026-09-08', 'planned')], []],
    [
      'lists attended days in date order, whatever order they were recorded in',
      () => [day('2026-09-22', 'attended'), day('2026-09-08', 'attended')],
      ['2026-09-08', '2026-09-22'],
    ],
    [
      'repeats a date when days of two modules share it',
      () => [
        day('2026-09-08', 'attended'),
        day('2026-09-08', 'attended', { moduleId: 'evidence-based-treatment', kind: 'directed' }),
      ],
      ['2026-09-08', '2026-09-08'],
    ],
    [
      'counts one day of a module on one date, however often it was logged',
      () => [day('2026-09-08', 'attended'), day('2026-09-08', 'attended', { kind: 'directed' })],
      ['2026-09-08'],
    ],
    [
      'leaves out absences, missed days and days still planned',
      () => [
        day('2026-09-08', 'authorised-absence'),
        day('2026-09-15', 'missed'),
        day('2026-09-22', 'planned'),
        day('2026-09-29', 'attended'),
      ],
      ['2026-09-29'],
    ],
    [
      'counts a day attended today but not one marked attended ahead of its date',
      () => [day(today, 'attended'), day('2026-10-02', 'attended')],
      [today],
    ],
    [
      'leaves out drafts and superseded days, and counts the correction',
      () => {
        const wrong = day('2026-09-08', 'missed');
        return [
          wrong,
          day('2026-09-08', 'attended', { amends: { supersedes: wrong.id, reason: 'Register' } }),
          { ...day('2026-09-15', 'attended'), state: 'draft' as const },
        ];
      },
      ['2026-09-08'],
    ],
    [
      'leaves out a day for a module the programme does not have, as the totals do',
      () => [day('2026-09-08', 'attended', { moduleId: 'not-a-module' })],
      [],
    ],
  ])('%s', (_name, days, expected) => {
    expect(programmeDayProgress(withDays(days()), today).attendedDates).toEqual(expected);
  });

  it('is non-decreasing and ends at the attended total, for any days on or before today', () => {
    const statuses = ['planned', 'attended', 'authorised-absence', 'missed'] as const;
    const modules = ['engagement-assessment', 'evidence-based-treatment', 'not-a-module'] as const;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            daysAgo: fc.integer({ min: 0, max: 400 }),
            status: fc.constantFrom(...statuses),
            moduleId: fc.constantFrom(...modules),
            kind: fc.constantFrom('taught' as const, 'directed' as const),
            draft: fc.boolean(),
          }),
          { maxLength: 80 },
        ),
        fc.integer({ min: 0, max: 500 }),
        (entries, todayOffset) => {
          const today = addDays('2026-09-07', todayOffset);
          const days = entries.map((e) => ({
            ...day(addDays(today, -e.daysAgo), e.status, { moduleId: e.moduleId, kind: e.kind }),
            ...(e.draft ? { state: 'draft' as const } : {}),
          }));
          const progress = programmeDayProgress(withDays(days), today);
          // The chart's series: the running count after each attended date.
          const series = progress.attendedDates.map((date, i) => ({ date, attended: i + 1 }));
          series.slice(1).forEach((point, i) => {
            expect(point.date >= (series[i]?.date ?? '')).toBe(true);
            expect(point.attended).toBeGreaterThanOrEqual(series[i]?.attended ?? 0);
          });
          expect(series.at(-1)?.attended ?? 0).toBe(progress.totals.attended);
          expect(progress.attendedDates.every((date) => date <= today)).toBe(true);
        },
      ),
    );
  });
});
