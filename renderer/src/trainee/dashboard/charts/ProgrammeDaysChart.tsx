import type { ProgrammeDayProgress } from '../../../../../shared/domain/programme-days';
import { programmeDaysChart } from '../../../../../shared/presentation/progress-charts';
import { ChartFigure } from './ChartFigure';
import { PaceChart } from './PaceChart';

/** The running count of attended days across the window, against an even spread of the 45. */
export function ProgrammeDaysChart({ days, at }: { days: ProgrammeDayProgress; at: string }) {
  const chart = programmeDaysChart(days, at);
  return (
    <ChartFigure title={chart.title} legend={chart.legend} table={chart.table}>
      <PaceChart
        label={chart.label}
        start={chart.start}
        end={chart.end}
        today={at}
        target={chart.target}
        series={chart.series}
        projected={chart.projected}
        marks={chart.marks}
        format={String}
      />
    </ChartFigure>
  );
}
