import { anniversary, daysBetween } from '../dates';
import type { Portfolio } from '../schemas/portfolio';
import { countedInRange, countingRange } from './counting-range';

/**
 * Apprenticeship-route progress as of a given day: off-the-job training averaging the programme's
 * hours a week, some learning at least every `maxDaysWithoutLearning` days, and the earliest date
 * the apprentice may go through gateway. Other routes have no such rules.
 */

/** A stretch with no recorded learning. `to` is today when the gap is still running. */
export interface LearningGap {
  from: string;
  to: string;
  days: number;
  /** True for the gap from the last learning to today, which may still be closed in time. */
  ongoing: boolean;
}

export interface ApprenticeshipOnRoute {
  applies: true;
  totalHours: number;
  /** Whole weeks from the start date to today, at least 1 so the average is always defined. */
  weeksElapsed: number;
  averageHoursPerWeek: number;
  expectedHoursPerWeek: number;
  met: boolean;
  /** The longest gap in days, counting the start date as the first day of learning. */
  longestGapDays: number;
  maxDaysWithoutLearning: number;
  /** Every gap longer than `maxDaysWithoutLearning`, oldest first. */
  longGaps: LearningGap[];
  gatewayEarliest: string;
  gatewayReached: boolean;
}

export type ApprenticeshipProgress = { applies: false } | ApprenticeshipOnRoute;

/**
 * The gaps between the start date, each distinct learning day and today. Learning on day 0 and
 * day 28 is a 28-day gap: "some learning at least every 28 days" is then just met.
 */
function learningGaps(startDate: string, learningDays: readonly string[], today: string) {
  const points = [startDate, ...learningDays, today];
  const gaps: LearningGap[] = [];
  for (let i = 1; i < points.length; i += 1) {
    const from = points[i - 1];
    const to = points[i];
    if (from === undefined || to === undefined) continue;
    gaps.push({ from, to, days: daysBetween(from, to), ongoing: i === points.length - 1 });
  }
  return gaps;
}

/** Off-the-job progress as of `today` (`YYYY-MM-DD`); `{ applies: false }` off the apprenticeship. */
export function apprenticeshipProgress(
  portfolio: Portfolio,
  today: string,
): ApprenticeshipProgress {
  const { trainee, programme } = portfolio;
  if (trainee.route !== 'apprenticeship') return { applies: false };
  const rules = programme.apprenticeship;
  const started = daysBetween(trainee.startDate, today) >= 0;
  // Learning before the apprenticeship began is not off-the-job training for it.
  const records = countedInRange(portfolio.offTheJob, countingRange(portfolio, today));
  const totalHours = records.reduce((sum, record) => sum + record.hours, 0);
  const weeksElapsed = Math.max(1, Math.floor(daysBetween(trainee.startDate, today) / 7));
  const learningDays = [...new Set(records.map((record) => record.date))].sort();
  const gaps = started ? learningGaps(trainee.startDate, learningDays, today) : [];
  // At least N months to gateway: the earliest gateway is the N-month anniversary of the start.
  const gatewayEarliest = anniversary(trainee.startDate, rules.minimumMonthsToGateway);
  // A tolerance of a millionth of an hour: decimal hours such as 0.1 do not add up exactly.
  const met = totalHours >= rules.offTheJobHoursPerWeek * weeksElapsed - 1e-6;
  return {
    applies: true,
    totalHours,
    weeksElapsed,
    averageHoursPerWeek: totalHours / weeksElapsed,
    expectedHoursPerWeek: rules.offTheJobHoursPerWeek,
    met,
    longestGapDays: Math.max(0, ...gaps.map((gap) => gap.days)),
    maxDaysWithoutLearning: rules.maxDaysWithoutLearning,
    longGaps: gaps.filter((gap) => gap.days > rules.maxDaysWithoutLearning),
    gatewayEarliest,
    gatewayReached: today >= gatewayEarliest,
  };
}
