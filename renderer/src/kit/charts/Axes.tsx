import './axes.css';
import type { MonthTick, Plot } from './scale';
import { plotBottom, plotRight } from './scale';

/** Horizontal gridlines with their values, and month ticks along the bottom. */
export function Axes({
  plot,
  yTicks,
  yOf,
  xTicks,
  xOf,
  format = String,
}: {
  plot: Plot;
  yTicks: readonly number[];
  yOf: (value: number) => number;
  xTicks: readonly MonthTick[];
  xOf: (date: string) => number;
  format?: (value: number) => string;
}) {
  const bottom = plotBottom(plot);
  return (
    <g className="app-chart__axes">
      {yTicks.map((tick) => (
        <g key={tick}>
          <line
            className="app-chart__grid"
            x1={plot.left}
            x2={plotRight(plot)}
            y1={yOf(tick)}
            y2={yOf(tick)}
          />
          <text
            className="app-chart__tick-label"
            x={plot.left - 8}
            y={yOf(tick)}
            dy="0.35em"
            textAnchor="end"
          >
            {format(tick)}
          </text>
        </g>
      ))}
      <line
        className="app-chart__baseline"
        x1={plot.left}
        x2={plotRight(plot)}
        y1={bottom}
        y2={bottom}
      />
      {xTicks.map((tick) => (
        <g key={tick.date}>
          <line
            className="app-chart__tick"
            x1={xOf(tick.date)}
            x2={xOf(tick.date)}
            y1={bottom}
            y2={bottom + 6}
          />
          {tick.month ? (
            <text
              className="app-chart__tick-label"
              x={xOf(tick.date)}
              y={bottom + 20}
              textAnchor="middle"
            >
              {tick.month}
              {tick.year ? (
                <tspan x={xOf(tick.date)} dy="1.2em">
                  {tick.year}
                </tspan>
              ) : null}
            </text>
          ) : null}
        </g>
      ))}
    </g>
  );
}
