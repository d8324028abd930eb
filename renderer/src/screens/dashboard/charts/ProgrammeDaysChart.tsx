import type { ProgrammeDayProgress } from '../../../../../shared/domain/programme-days';
import { formatCalendarDate } from '../../../format';
import { oneDecimal, plural } from '../wording';
import { ChartFigure } from './ChartFigure';
import type { PaceMark } from './PaceChart';
import { PaceChart } from './PaceChart';
import { evenPlanOn } from './scale';

/** Programme days attended by today against an even spread of the required days over the window. */
export function ProgrammeDaysChart({ days, at }: { days: ProgrammeDayProgress; at: string }) {
  const { totals, windowStart, windowEnd } = days;
  const plan = evenPlanOn(at, windowStart, windowEnd, totals.required);
  const booked = totals.attended + totals.planned;
  const missed = days.absences.filter((d) => d.status === 'missed');
  const authorised = days.absences.filter((d) => d.status === 'authorised-absence');
  const marks: PaceMark[] = days.absences.map((d) => ({
    date: d.date,
    kind: d.status === 'missed' ? 'missed' : 'absent',
  }));
  const label =
    `Programme days: ${totals.attended} of ${totals.required} attended by ${formatCalendarDate(at)}, ` +
    `against ${oneDecimal(plan)} on an even plan. All ${totals.required} are due by ` +
    `${formatCalendarDate(windowEnd)}; attending every booked day would make ${booked}.`;

  return (
    <ChartFigure
      title="Programme days attended against an even plan"
      legend={[
        {
          mark: 'plan',
          text: `Even plan: ${totals.required} days by ${formatCalendarDate(windowEnd)}`,
        },
        { mark: 'actual', text: `Attended by today: ${totals.attended}` },
        { mark: 'projection', text: `With every booked day attended: ${booked}` },
        ...(missed.length > 0
          ? [{ mark: 'missed' as const, text: `Missed: ${plural(missed.length, 'day')}` }]
          : []),
        ...(authorised.length > 0
          ? [
              {
                mark: 'absent' as const,
                text: `Authorised absence: ${plural(authorised.length, 'day')}`,
              },
            ]
          : []),
      ]}
      table={{
        caption: 'Programme days attended against an even plan',
        columns: [{ header: 'Measure' }, { header: 'Days', numeric: true }],
        rows: [
          [`Attended by ${formatCalendarDate(at)}`, totals.attended],
          [`Even plan by ${formatCalendarDate(at)}`, oneDecimal(plan)],
          ['Booked and still to come', totals.planned],
          ['Authorised absences', totals.authorisedAbsence],
          ['Missed', totals.missed],
          [`Required by ${formatCalendarDate(windowEnd)}`, totals.required],
        ],
      }}
    >
      <PaceChart
        label={label}
        start={windowStart}
        end={windowEnd}
        today={at}
        target={totals.required}
        actual={totals.attended}
        projected={booked}
        marks={marks}
        format={String}
      />
    </ChartFigure>
  );
}
