import type { ProgrammeDayProgress } from '../../../../../shared/domain/programme-days';
import type {
  CumulativePoint,
  HoursTotal,
  SupervisionCompliance,
} from '../../../../../shared/domain/supervision';
import { formatCalendarDate } from '../../../format';
import { hours, plural } from '../wording';
import { ChartFigure } from './ChartFigure';
import { PaceChart } from './PaceChart';
import { evenPlanOn } from './scale';
import type { MonthRow, Point } from './series';
import { monthlySummary, monthRows, valueOn } from './series';

const title = 'Supervision hours against a straight line to the minimum';

interface Kind {
  name: string;
  total: HoursTotal;
  series: Point[];
  /** How many weeks or fortnights were missed. */
  missedCount: number;
  /** Where each run of missed weeks, or each gap, begins: one tick each. */
  missedFrom: readonly string[];
  period: string;
}

const toPoints = (cumulative: readonly CumulativePoint[]): Point[] =>
  cumulative.map((p) => ({ date: p.date, value: p.hours }));

function sentence(kind: Kind, months: readonly MonthRow[], at: string, start: string, end: string) {
  const plan = evenPlanOn(at, start, end, kind.total.minimumHours);
  return (
    `${kind.name} supervision: ${hours(valueOn(kind.series, at))} hours by ` +
    `${formatCalendarDate(at)}, against ${hours(plan)} on a straight line to the ` +
    `${kind.total.minimumHours}-hour minimum by ${formatCalendarDate(end)}; ` +
    `${plural(kind.missedCount, `missed ${kind.period}`)}. Hours by the end of each month: ` +
    `${monthlySummary(months, kind.series, hours)}.`
  );
}

/**
 * Supervision hours for each kind as a running total against a straight line to its minimum, two
 * small charts side by side; the start of each run of missed weeks, and of each clinical-skills
 * gap of 14 days or more, is ticked along the bottom.
 */
export function SupervisionChart({
  supervision,
  days,
  at,
}: {
  supervision: SupervisionCompliance;
  days: Pick<ProgrammeDayProgress, 'windowStart' | 'windowEnd'>;
  at: string;
}) {
  const { windowStart: start, windowEnd: end } = days;
  const kinds: [Kind, Kind] = [
    {
      name: 'Case-management',
      total: supervision.caseManagement.total,
      series: toPoints(supervision.caseManagement.cumulative),
      missedCount: supervision.caseManagement.weeksMissed,
      missedFrom: supervision.caseManagement.missedWeekRuns.map((run) => run.from),
      period: 'week',
    },
    {
      name: 'Clinical-skills',
      total: supervision.clinicalSkills.total,
      series: toPoints(supervision.clinicalSkills.cumulative),
      missedCount: supervision.clinicalSkills.fortnightsMissed,
      missedFrom: supervision.clinicalSkills.gaps.map((gap) => gap.from),
      period: 'fortnight',
    },
  ];
  const months = monthRows(start, at);
  const line = (kind: Kind, date: string) =>
    hours(evenPlanOn(date, start, end, kind.total.minimumHours));

  return (
    <ChartFigure
      title={title}
      legend={[
        { mark: 'running', text: 'Hours so far' },
        { mark: 'plan', text: `Straight line to the minimum by ${formatCalendarDate(end)}` },
        {
          mark: 'missed',
          text: 'Missed weeks begin (case management), or a gap of 14 days or more begins (clinical skills)',
        },
      ]}
      table={{
        caption: `${title}, by month`,
        compact: true,
        columns: [
          { header: 'Month' },
          { header: 'Case management: hours so far', numeric: true },
          { header: 'Case management: straight line', numeric: true },
          { header: 'Clinical skills: hours so far', numeric: true },
          { header: 'Clinical skills: straight line', numeric: true },
        ],
        rows: months.map((month) => [
          month.label,
          ...kinds.flatMap((kind) => [
            hours(valueOn(kind.series, month.until)),
            line(kind, month.until),
          ]),
        ]),
      }}
    >
      {kinds.map((k) => (
        <div className="app-chart__small" key={k.name}>
          <p className="nhsuk-body-s app-chart__small-title" aria-hidden="true">
            {k.name}
          </p>
          <PaceChart
            size="narrow"
            label={sentence(k, months, at, start, end)}
            start={start}
            end={end}
            today={at}
            target={k.total.minimumHours}
            series={k.series}
            marks={k.missedFrom.map((date) => ({ date, kind: 'missed' as const }))}
            format={hours}
          />
        </div>
      ))}
    </ChartFigure>
  );
}
