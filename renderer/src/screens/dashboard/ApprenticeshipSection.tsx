import type { ApprenticeshipOnRoute } from '../../../../shared/domain/apprenticeship';
import { formatCalendarDate } from '../../format';
import { Section } from './Section';
import { SummaryList } from './SummaryList';
import { hours, plural } from './wording';

/** Off-the-job training and gateway, for apprentices only. */
export function ApprenticeshipSection({ progress: a }: { progress: ApprenticeshipOnRoute }) {
  const gaps =
    a.longGaps.length === 0
      ? 'None'
      : a.longGaps
          .map(
            (g) =>
              `${formatCalendarDate(g.from)} to ${formatCalendarDate(g.to)} (${plural(g.days, 'day')}${g.ongoing ? ', still running' : ''})`,
          )
          .join('; ');
  return (
    <Section
      id="apprenticeship"
      title="Apprenticeship"
      lead={`Off-the-job training averages ${hours(a.averageHoursPerWeek)} hours a week; at least ${hours(a.expectedHoursPerWeek)} are needed.`}
    >
      <SummaryList
        rows={[
          [
            'Average a week',
            <>
              {hours(a.averageHoursPerWeek)} hours over {plural(a.weeksElapsed, 'week')} (
              {hours(a.totalHours)} hours in all){' '}
              <strong className={`nhsuk-tag ${a.met ? 'nhsuk-tag--green' : 'nhsuk-tag--grey'}`}>
                {a.met ? 'Met' : 'Not met yet'}
              </strong>
            </>,
          ],
          [
            'Longest time without learning',
            `${plural(a.longestGapDays, 'day')} (at most ${a.maxDaysWithoutLearning} allowed)`,
          ],
          ['Longer gaps', gaps],
          [
            'Gateway',
            a.gatewayReached
              ? `Reached: the earliest date was ${formatCalendarDate(a.gatewayEarliest)}`
              : `Not before ${formatCalendarDate(a.gatewayEarliest)}`,
          ],
        ]}
      />
    </Section>
  );
}
