import type { ApprenticeshipOnRoute } from '../domain/apprenticeship';
import type { StatusCell } from './table';
import { metTag } from './table';
import { calendarDate, hours, plural } from './words';

/** The section's opening sentence. */
export function apprenticeshipLead(a: ApprenticeshipOnRoute): string {
  return `Off-the-job training averages ${hours(a.averageHoursPerWeek)} hours a week; at least ${hours(a.expectedHoursPerWeek)} are needed.`;
}

/** Off-the-job training and gateway, for apprentices only. */
export function apprenticeshipSummary(a: ApprenticeshipOnRoute): [string, string | StatusCell][] {
  const gaps =
    a.longGaps.length === 0
      ? 'None'
      : a.longGaps
          .map(
            (g) =>
              `${calendarDate(g.from)} to ${calendarDate(g.to)} (${plural(g.days, 'day')}${g.ongoing ? ', still running' : ''})`,
          )
          .join('; ');
  return [
    [
      'Average a week',
      {
        text: `${hours(a.averageHoursPerWeek)} hours over ${plural(a.weeksElapsed, 'week')} (${hours(a.totalHours)} hours in all) `,
        tag: metTag(a.met),
      },
    ],
    [
      'Longest time without learning',
      `${plural(a.longestGapDays, 'day')} (at most ${a.maxDaysWithoutLearning} allowed)`,
    ],
    ['Longer gaps', gaps],
    [
      'Gateway',
      a.gatewayReached
        ? `Reached: the earliest date was ${calendarDate(a.gatewayEarliest)}`
        : `Not before ${calendarDate(a.gatewayEarliest)}`,
    ],
  ];
}
