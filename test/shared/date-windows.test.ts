import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, anniversary, daysBetween, windowEnd } from '../../shared/dates';
import { apprenticeshipProgress } from '../../shared/domain/apprenticeship';
import { caseloadStatus } from '../../shared/domain/caseload-phase';
import { programmeDayProgress } from '../../shared/domain/programme-days';
import { reportDateBounds } from '../../shared/domain/progress-report';
import type { Portfolio } from '../../shared/schemas/portfolio';
import type { ProgrammeDay } from '../../shared/schemas/records';
import { emptyPortfolio, meta } from '../support/portfolio-fixture';

/**
 * Programme windows at month ends and leap days. The oracle below is written independently of
 * `anniversary`: it asks the JavaScript calendar whether the start's day exists in the target
 * month, and otherwise takes the 1st of the month after.
 */

function parts(date: string) {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

function expectedAnniversary(start: string, months: number): string {
  const { year, month, day } = parts(start);
  const sameDay = new Date(Date.UTC(2000, 0, 1));
  sameDay.setUTCFullYear(year, month - 1 + months, day);
  if (sameDay.getUTCDate() === day) return sameDay.toISOString().slice(0, 10);
  const firstOfNext = new Date(Date.UTC(2000, 0, 1));
  firstOfNext.setUTCFullYear(year, month + months, 1);
  return firstOfNext.toISOString().slice(0, 10);
}

/** Every calendar date from 2026-01-01 to 2029-12-31 (2028 is a leap year): 1,461 days. */
const EVERY_START: string[] = [];
for (let d = '2026-01-01'; d <= '2029-12-31'; d = addDays(d, 1)) EVERY_START.push(d);

/** The month counts the programme measures with, including the national settings. */
const MONTHS = [-12, -1, 1, 2, 6, 9, 11, 12, 13, 18, 24, 60];

/** Any date from 1900 to 2199, including every month end and 29 February. */
const anyDate = fc.integer({ min: 0, max: 300 * 366 }).map((n) => addDays('1900-01-01', n));

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

describe('anniversary and windowEnd', () => {
  it.each([
    ['2028-02-29', 12, '2029-03-01', '2029-02-28'],
    ['2028-02-29', 48, '2032-02-29', '2032-02-28'],
    ['2027-02-28', 12, '2028-02-28', '2028-02-27'],
    ['2026-01-31', 1, '2026-03-01', '2026-02-28'],
    ['2028-01-31', 1, '2028-03-01', '2028-02-29'],
    ['2026-03-31', 1, '2026-05-01', '2026-04-30'],
    ['2026-08-31', 9, '2027-05-31', '2027-05-30'],
    ['2026-05-31', 9, '2027-03-01', '2027-02-28'],
    ['2026-09-07', 12, '2027-09-07', '2027-09-06'],
    ['2026-12-31', 2, '2027-03-01', '2027-02-28'],
    ['2028-02-29', -12, '2027-03-01', '2027-02-28'],
  ] as [string, number, string, string][])(
    '%s + %i months → anniversary %s, window ends %s',
    (start, months, anniv, end) => {
      expect(anniversary(start, months)).toBe(anniv);
      expect(windowEnd(start, months)).toBe(end);
    },
  );

  it('for every start date in 2026–2029 and every window: the same day of the month, or the 1st after', () => {
    for (const start of EVERY_START) {
      const s = parts(start);
      for (const months of MONTHS) {
        const anniv = anniversary(start, months);
        expect(anniv).toBe(expectedAnniversary(start, months));
        const a = parts(anniv);
        const target = s.year * 12 + (s.month - 1) + months;
        const targetYear = Math.floor(target / 12);
        const targetMonth = (target % 12) + 1;
        if (s.day <= daysInMonth(targetYear, targetMonth)) {
          expect([a.year, a.month, a.day]).toEqual([targetYear, targetMonth, s.day]);
        } else {
          // The day does not exist in that month: the next real day, the 1st of the month after.
          expect(a.day).toBe(1);
          expect(a.year * 12 + a.month - 1).toBe(target + 1);
          expect(addDays(anniv, -1)).toBe(
            `${targetYear}-${String(targetMonth).padStart(2, '0')}-${String(daysInMonth(targetYear, targetMonth)).padStart(2, '0')}`,
          );
        }
      }
    }
  });

  it('for every start date in 2026–2029: the window holds exactly the days from the start to the day before the anniversary', () => {
    for (const start of EVERY_START) {
      for (const months of MONTHS.filter((m) => m > 0)) {
        const anniv = anniversary(start, months);
        const end = windowEnd(start, months);
        expect(addDays(end, 1)).toBe(anniv);
        expect(end >= start).toBe(true);
        // Its length in days is the difference between the anniversary and the start.
        expect(daysBetween(start, end) + 1).toBe(daysBetween(start, anniv));
        // It never loses a day against the clamped month step.
        expect(anniv >= addMonths(start, months)).toBe(true);
        expect(daysBetween(addMonths(start, months), anniv)).toBeLessThanOrEqual(3);
      }
    }
  });

  it('for any date and any number of months: consecutive anniversaries are strictly later and a month apart', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -120, max: 120 }), (start, months) => {
        const anniv = anniversary(start, months);
        expect(anniv).toBe(expectedAnniversary(start, months));
        expect(anniversary(start, months + 1) > anniv).toBe(true);
        const gap = daysBetween(anniv, anniversary(start, months + 1));
        expect(gap).toBeGreaterThanOrEqual(28);
        expect(gap).toBeLessThanOrEqual(31 + 3);
        expect(anniversary(start, 0)).toBe(start);
        expect(windowEnd(start, months)).toBe(addDays(anniv, -1));
      }),
      { numRuns: 2000 },
    );
  });
});

function portfolioFrom(start: string, route: Portfolio['trainee']['route'] = 'pgcert') {
  return emptyPortfolio({ startDate: start, route });
}

function day(id: string, date: string): ProgrammeDay {
  return {
    ...meta(id),
    date,
    moduleId: 'engagement-assessment',
    kind: 'taught',
    status: 'attended',
  };
}

describe('every programme window is measured by anniversary, for every start date in 2026–2029', () => {
  it('the completion window (windowMonths): from the start to the day before its anniversary', () => {
    for (const windowMonths of [12, 18]) {
      for (const start of EVERY_START) {
        const portfolio = portfolioFrom(start);
        portfolio.programme = { ...portfolio.programme, windowMonths };
        const anniv = anniversary(start, windowMonths);
        const end = addDays(anniv, -1);
        portfolio.programmeDays.push(
          day('before', addDays(start, -1)),
          day('first', start),
          day('last', end),
          day('after', anniv),
        );
        const days = programmeDayProgress(portfolio, start);
        expect(days.windowStart).toBe(start);
        expect(days.windowEnd).toBe(end);
        expect(days.outsideWindow.map((d) => d.id)).toEqual(['before', 'after']);
        expect(days.daysLeftInWindow + 1).toBe(daysBetween(start, anniv));
        expect(programmeDayProgress(portfolio, end).windowClosed).toBe(false);
        expect(programmeDayProgress(portfolio, anniv).windowClosed).toBe(true);
      }
    }
  });

  it('the apprenticeship gateway: on the minimumMonthsToGateway anniversary, not a day before', () => {
    for (const start of EVERY_START) {
      const portfolio = portfolioFrom(start, 'apprenticeship');
      const months = portfolio.programme.apprenticeship.minimumMonthsToGateway;
      const gateway = anniversary(start, months);
      const at = (today: string) => apprenticeshipProgress(portfolio, today);
      const onDay = at(gateway);
      const dayBefore = at(addDays(gateway, -1));
      expect(onDay.applies && onDay.gatewayEarliest).toBe(gateway);
      expect(onDay.applies && onDay.gatewayReached).toBe(true);
      expect(dayBefore.applies && dayBefore.gatewayReached).toBe(false);
    }
  });

  it('the full caseload "from month N": from the (N − 1)-month anniversary, the first day of month N', () => {
    for (const start of EVERY_START) {
      const portfolio = portfolioFrom(start);
      const month = portfolio.programme.caseload.fullCaseloadFromMonth;
      const gates = caseloadStatus(portfolio, start, []).gates;
      expect(gates[0]?.earliestDate).toBe(start);
      expect(gates[1]?.earliestDate).toBe(anniversary(start, month - 1));
    }
  });

  it('the report-date bounds: the −12-month and (windowMonths + 48)-month anniversaries, both included', () => {
    for (const start of EVERY_START) {
      const portfolio = portfolioFrom(start);
      expect(reportDateBounds(portfolio)).toEqual({
        earliest: anniversary(start, -12),
        latest: anniversary(start, portfolio.programme.windowMonths + 48),
      });
    }
  });
});
