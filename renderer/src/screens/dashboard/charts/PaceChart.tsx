import { useId } from 'react';
import { Axes } from './Axes';
import type { Plot } from './scale';
import {
  clampDate,
  dateScale,
  evenPlanOn,
  labelEvery,
  monthTicks,
  niceScale,
  plotBottom,
  plotRight,
  yScale,
} from './scale';

export interface PaceMark {
  date: string;
  /** `missed` is drawn red; `absent` (authorised, with a make-up plan) in grey. */
  kind: 'missed' | 'absent';
}

export interface PaceChartProps {
  /** The sentence a screen reader hears for the whole picture. */
  label: string;
  start: string;
  end: string;
  today: string;
  /** What the straight line reaches at `end`: the requirement. */
  target: number;
  actual: number;
  /** Where `actual` ends up if everything already booked happens (drawn dashed to `end`). */
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

/**
 * Progress towards a requirement against the even pace that meets it exactly at the end of the
 * window: a straight line from nothing at the start to the target at the end, and where the
 * trainee stands today. The report holds today's totals, not their history, so today is drawn
 * as a point rather than a made-up curve.
 */
export function PaceChart(props: PaceChartProps) {
  const { label, start, end, target, actual, projected, marks = [], format } = props;
  const plot = plots[props.size ?? 'wide'];
  const titleId = useId();
  const today = clampDate(props.today, start, end);
  const { max, ticks } = niceScale(Math.max(target, actual, projected ?? 0));
  const xOf = dateScale(plot, start, end);
  const yOf = yScale(plot, max);
  const planToday = evenPlanOn(today, start, end, target);
  const nearRight = xOf(today) > plotRight(plot) - 60;
  // The value sits beside today's point (left, unless the point is near the left edge): above it,
  // it would meet the "Today" label; on the right, the projection line.
  const labelLeft = xOf(today) > plot.left + 60;
  const bottom = plotBottom(plot);

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
      <line
        className="app-chart__today"
        x1={xOf(today)}
        x2={xOf(today)}
        y1={plot.top}
        y2={bottom}
      />
      <text
        className="app-chart__note"
        x={xOf(today)}
        y={plot.top - 10}
        textAnchor={nearRight ? 'end' : 'middle'}
      >
        Today
      </text>
      {projected === undefined ? null : (
        <line
          className="app-chart__projection"
          x1={xOf(today)}
          y1={yOf(actual)}
          x2={xOf(end)}
          y2={yOf(projected)}
        />
      )}
      <circle className="app-chart__plan-point" cx={xOf(today)} cy={yOf(planToday)} r="4" />
      <circle className="app-chart__actual" cx={xOf(today)} cy={yOf(actual)} r="6" />
      <text
        className="app-chart__value"
        x={xOf(today) + (labelLeft ? -10 : 10)}
        y={yOf(actual)}
        dy="0.35em"
        textAnchor={labelLeft ? 'end' : 'start'}
      >
        {format(actual)}
      </text>
    </svg>
  );
}
