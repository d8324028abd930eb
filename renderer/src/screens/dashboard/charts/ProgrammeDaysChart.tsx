import type { ProgrammeDayProgress } from '../../../../../shared/domain/programme-days';
import { formatCalendarDate } from '../../../format';
import { oneDecimal, plural } from '../wording';
import { ChartFigure } from './ChartFigure';
import type { PaceMark } from './PaceChart';
import { PaceChart } from './PaceChart';
import { evenPlanOn } from './scale';
import { countSeries, monthlySummary, monthRows, valueOn } from './series';

const title = 'Programme days attended against an even plan';

/** The running count of attended days across the window, against an even spread of the 45. */
export function ProgrammeDaysChart({ days, at }: { days: ProgrammeDayProgress; at: string }) {
  const { totals, windowStart, windowEnd } = days;
  const series = countSeries(days.attendedDates);
  // From the series, not the totals: a day marked attended ahead of its date is not yet drawn.
  const attended = series.length;
  const plan = evenPlanOn(at, windowStart, windowEnd, totals.required);
  const booked = totals.attended + totals.planned;
  const missed = days.absences.filter((d) => d.status === 'missed');
  const authorised = days.absences.filter((d) => d.status === 'authorised-absence');
  const marks: PaceMark[] = days.absences.map((d) => ({
    date: d.date,
    kind: d.status === 'missed' ? 'missed' : 'absent',
  }));
  const months = monthRows(windowStart, at);
  const label =
    `Programme days: ${attended} of ${totals.required} attended by ${formatCalendarDate(at)}, ` +
    `against ${oneDecimal(plan)} on an even plan. Attended by the end of each month: ` +
    `${monthlySummary(months, series, String)}. All ${totals.required} are due by ` +
    `${formatCalendarDate(windowEnd)}; attending every booked day would make ${booked}.`;

  const rows = months.map((month, i) => {
    // The first month also takes in anything dated before the window, drawn at its edge.
    const after = months[i - 1]?.until ?? '';
    const sofar = valueOn(series, month.until);
    return [
      month.label,
      sofar - valueOn(series, after),
      sofar,
      oneDecimal(evenPlanOn(month.until, windowStart, windowEnd, totals.required)),
      days.absences.filter((d) => d.date > after && d.date <= month.until).length,
    ];
  });

  return (
    <ChartFigure
      title={title}
      legend={[
        { mark: 'running', text: `Attended so far: ${attended} by today` },
        {
          mark: 'plan',
          text: `Even plan: ${totals.required} days by ${formatCalendarDate(windowEnd)}`,
        },
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
        caption: `${title}, by month`,
        columns: [
          { header: 'Month' },
          { header: 'Attended in the month', numeric: true },
          { header: 'Attended so far', numeric: true },
          { header: 'Even plan so far', numeric: true },
          { header: 'Absences in the month', numeric: true },
        ],
        rows: [
          ...rows,
          [
            `By ${formatCalendarDate(windowEnd)}, with every booked day attended`,
            '',
            booked,
            totals.required,
            '',
          ],
        ],
      }}
    >
      <PaceChart
        label={label}
        start={windowStart}
        end={windowEnd}
        today={at}
        target={totals.required}
        series={series}
        projected={booked}
        marks={marks}
        format={String}
      />
    </ChartFigure>
  );
}
