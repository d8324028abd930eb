import type { ProgrammeDayProgress } from '../../../../../shared/domain/programme-days';
import type { SupervisionCompliance } from '../../../../../shared/domain/supervision';
import { supervisionChart } from '../../../../../shared/presentation/progress-charts';
import { hours } from '../../../../../shared/presentation/words';
import { ChartFigure } from './ChartFigure';
import { PaceChart } from './PaceChart';

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
  const chart = supervisionChart(supervision, days, at);
  return (
    <ChartFigure
      title={chart.title}
      legend={chart.legend}
      table={{ ...chart.table, compact: true }}
    >
      {chart.kinds.map((k) => (
        <div className="app-chart__small" key={k.name}>
          <p className="nhsuk-body-s app-chart__small-title" aria-hidden="true">
            {k.name}
          </p>
          <PaceChart
            size="narrow"
            label={k.label}
            start={chart.start}
            end={chart.end}
            today={at}
            target={k.total.minimumHours}
            series={k.series}
            marks={k.marks}
            format={hours}
          />
        </div>
      ))}
    </ChartFigure>
  );
}
