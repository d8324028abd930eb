import { useId } from 'react';
import type { Point } from '../../../../../shared/presentation/chart-series';
import { clampDate, valueOn } from '../../../../../shared/presentation/chart-series';
import type { PaceMark } from '../../../../../shared/presentation/progress-charts';
import { Axes } from '../../../kit/charts/Axes';
import type { Plot } from '../../../kit/charts/scale';
import {
  dateScale,
  labelEvery,
  monthTicks,
  niceScale,
  plotBottom,
  plotRight,
  yScale,
} from '../../../kit/charts/scale';

export type { PaceMark };

export interface PaceChartProps {
  /** The sentence a screen reader hears for the whole picture. */
  label: string;
  start: string;
  end: string;
  today: string;
  /** What the straight line reaches at `end`: the requirement. */
  target: number;
  /** The running total, ascending by date, none after today. */
  series: readonly Point[];
  /** Where the total ends up if everything already booked happens (drawn dashed to `end`). */
  projected?: number;
  marks?: readonly PaceMark[];
  format: (value: number) => string;
  /** `narrow` for charts shown two abreast. */
  size?: 'wide' | 'narrow';
}

const plots: Record<'wide' | 'narrow', Plot> = {
  wide: { width: 640, height: 280, left: 44, right: 24, top: 32, bottom: 48 },
  narrow: { width: 400, height: 260, left: 40, right: 20, top: 32, bottom: 48 },
};

/** Coordinates to one decimal: a long series stays a short path, with no visible difference. */
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The running total as steps: flat until the date something was added, then straight up, so the
 * line never suggests progress between records. Dates outside the window are drawn at its edge.
 */
function stepPath(
  series: readonly Point[],
  start: string,
  end: string,
  today: string,
  xOf: (date: string) => number,
  yOf: (value: number) => number,
): string {
  const parts = [`M${round(xOf(start))},${round(yOf(0))}`];
  for (const point of series)
    parts.push(`H${round(xOf(clampDate(point.date, start, end)))}V${round(yOf(point.value))}`);
  parts.push(`H${round(xOf(today))}`);
  return parts.join('');
}

/**
 * Progress towards a requirement over time against the even pace that meets it exactly at the
 * end of the window: a straight line from nothing at the start to the target at the end, and the
 * trainee's running total up to today.
 */
export function PaceChart(props: PaceChartProps) {
  const { label, start, end, target, series, projected, marks = [], format } = props;
  const plot = plots[props.size ?? 'wide'];
  const titleId = useId();
  const today = clampDate(props.today, start, end);
  const actual = valueOn(series, props.today);
  const { max, ticks } = niceScale(Math.max(target, actual, projected ?? 0));
  const xOf = dateScale(plot, start, end);
  const yOf = yScale(plot, max);
  const bottom = plotBottom(plot);
  const x = xOf(today);
  const y = yOf(actual);

  return (
    <svg
      className={`app-chart__svg app-chart__svg--${props.size ?? 'wide'}`}
      viewBox={`0 0 ${plot.width} ${plot.height}`}
      role="img"
      aria-labelledby={titleId}
    >
      <title id={titleId}>{label}</title>
      <Axes
        plot={plot}
        yTicks={ticks}
        yOf={yOf}
        xTicks={monthTicks(start, end, labelEvery(plot, start, end))}
        xOf={xOf}
      />
      {marks.map((mark, index) => (
        <rect
          key={`${mark.date}-${index}`}
          className={`app-chart__mark app-chart__mark--${mark.kind}`}
          x={xOf(clampDate(mark.date, start, end)) - 1.5}
          y={bottom - 12}
          width="3"
          height="12"
        />
      ))}
      <line
        className="app-chart__plan"
        x1={xOf(start)}
        y1={yOf(0)}
        x2={xOf(end)}
        y2={yOf(target)}
      />
      <line className="app-chart__today" x1={x} x2={x} y1={plot.top} y2={bottom} />
      {/* Today's figure heads the today line, in the margin where no line can cross it; beside
          the point it would sit on the running line, which arrives from the lower left. */}
      <text
        className="app-chart__note"
        x={x}
        y={plot.top - 10}
        textAnchor={x > plotRight(plot) - 50 ? 'end' : x < plot.left + 50 ? 'start' : 'middle'}
      >
        Today: <tspan className="app-chart__value">{format(actual)}</tspan>
      </text>
      {projected === undefined ? null : (
        <line className="app-chart__projection" x1={x} y1={y} x2={xOf(end)} y2={yOf(projected)} />
      )}
      <path className="app-chart__running" d={stepPath(series, start, end, today, xOf, yOf)} />
      <circle className="app-chart__actual" cx={x} cy={y} r="5" />
    </svg>
  );
}
