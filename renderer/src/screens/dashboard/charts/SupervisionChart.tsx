import type { ProgrammeDayProgress } from '../../../../../shared/domain/programme-days';
import type { HoursTotal, SupervisionCompliance } from '../../../../../shared/domain/supervision';
import { formatCalendarDate } from '../../../format';
import { hours, plural } from '../wording';
import { ChartFigure } from './ChartFigure';
import { PaceChart } from './PaceChart';
import { evenPlanOn } from './scale';

interface Kind {
  name: string;
  total: HoursTotal;
  missed: readonly string[];
  period: string;
}

function sentence(kind: Kind, plan: number, at: string, end: string): string {
  return (
    `${kind.name} supervision: ${hours(kind.total.hours)} hours by ${formatCalendarDate(at)}, ` +
    `against ${hours(plan)} on a straight line to the ${kind.total.minimumHours}-hour minimum ` +
    `by ${formatCalendarDate(end)}; ${plural(kind.missed.length, `missed ${kind.period}`)}.`
  );
}

/**
 * Supervision hours for each kind against a straight line to its minimum, two small charts side
 * by side; missed weeks and fortnights are ticked along the bottom.
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
  const kinds: Kind[] = [
    {
      name: 'Case-management',
      total: supervision.caseManagement.total,
      missed: supervision.caseManagement.missedWeeks,
      period: 'week',
    },
    {
      name: 'Clinical-skills',
      total: supervision.clinicalSkills.total,
      missed: supervision.clinicalSkills.missedFortnights,
      period: 'fortnight',
    },
  ];
  const plans = kinds.map((k) => evenPlanOn(at, start, end, k.total.minimumHours));

  return (
    <ChartFigure
      title="Supervision hours against a straight line to the minimum"
      legend={[
        { mark: 'plan', text: `Straight line to the minimum by ${formatCalendarDate(end)}` },
        { mark: 'actual', text: 'Hours by today' },
        { mark: 'missed', text: 'A missed week (case management) or fortnight (clinical skills)' },
      ]}
      table={{
        caption: 'Supervision hours against a straight line to the minimum',
        columns: [
          { header: 'Supervision' },
          { header: 'Hours by today', numeric: true },
          { header: 'Straight line by today', numeric: true },
          { header: 'Minimum', numeric: true },
          { header: 'Missed', numeric: true },
        ],
        rows: kinds.map((k, i) => [
          k.name,
          hours(k.total.hours),
          hours(plans[i] ?? 0),
          hours(k.total.minimumHours),
          plural(k.missed.length, k.period),
        ]),
      }}
    >
      {kinds.map((k, i) => (
        <div className="app-chart__small" key={k.name}>
          <p className="nhsuk-body-s app-chart__small-title" aria-hidden="true">
            {k.name}
          </p>
          <PaceChart
            size="narrow"
            label={sentence(k, plans[i] ?? 0, at, end)}
            start={start}
            end={end}
            today={at}
            target={k.total.minimumHours}
            actual={k.total.hours}
            marks={k.missed.map((date) => ({ date, kind: 'missed' as const }))}
            format={hours}
          />
        </div>
      ))}
    </ChartFigure>
  );
}
