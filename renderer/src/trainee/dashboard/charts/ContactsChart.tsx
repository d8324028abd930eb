import { useId } from 'react';
import type { CaseloadStatus, WeekCaseload } from '../../../../../shared/domain/caseload-phase';
import { addDays, daysBetween } from '../../../../../shared/dates';
import { phaseName } from '../../../../../shared/presentation/names';
import { contactsChart } from '../../../../../shared/presentation/progress-charts';
import { Axes } from '../../../kit/charts/Axes';
import { ChartFigure } from './ChartFigure';
import type { Plot } from '../../../kit/charts/scale';
import {
  labelEvery,
  monthTicks,
  niceScale,
  plotBottom,
  plotRight,
  yScale,
} from '../../../kit/charts/scale';

const plot: Plot = { width: 640, height: 300, left: 44, right: 16, top: 36, bottom: 48 };

/** Runs of consecutive weeks in the same phase, for the phase names along the top. */
function phaseRuns(weeks: readonly WeekCaseload[]) {
  const runs: { phase: WeekCaseload['phase']; first: number; last: number }[] = [];
  weeks.forEach((week, index) => {
    const run = runs.at(-1);
    if (run && run.phase === week.phase) run.last = index;
    else runs.push({ phase: week.phase, first: index, last: index });
  });
  return runs;
}

/** The expected contacts as a step line: flat across each week, stepping where the phase changes. */
function stepPath(
  weeks: readonly WeekCaseload[],
  xOf: (i: number) => number,
  yOf: (v: number) => number,
) {
  return weeks
    .map((week, i) => `${i === 0 ? 'M' : 'L'}${xOf(i)},${yOf(week.expected)} H${xOf(i + 1)}`)
    .join(' ');
}

function ContactsSvg({
  caseload,
  at,
  label,
}: {
  caseload: CaseloadStatus;
  at: string;
  label: string;
}) {
  const titleId = useId();
  const { weeks } = caseload;
  const first = weeks[0]?.weekStart ?? at;
  const band = (plotRight(plot) - plot.left) / Math.max(1, weeks.length);
  const xOf = (index: number) => plot.left + index * band;
  const xOfDate = (date: string) => plot.left + (daysBetween(first, date) / 7) * band;
  const highest = Math.max(
    caseload.fullCaseloadContactsPerWeek,
    ...weeks.map((w) => Math.max(w.logged, w.expected)),
  );
  const { max, ticks } = niceScale(highest);
  const yOf = yScale(plot, max);
  const end = addDays(first, weeks.length * 7 - 1);
  const current = weeks.findIndex((w) => addDays(w.weekStart, 6) >= at);
  return (
    <svg
      className="app-chart__svg"
      viewBox={`0 0 ${plot.width} ${plot.height}`}
      role="img"
      aria-labelledby={titleId}
    >
      <title id={titleId}>{label}</title>
      {current >= 0 ? (
        <rect
          className="app-chart__current-week"
          x={xOf(current)}
          y={plot.top}
          width={band}
          height={plotBottom(plot) - plot.top}
        />
      ) : null}
      <Axes
        plot={plot}
        yTicks={ticks}
        yOf={yOf}
        xTicks={monthTicks(first, end, labelEvery(plot, first, end))}
        xOf={xOfDate}
      />
      {weeks.map((week, i) =>
        week.logged > 0 ? (
          <rect
            key={week.weekStart}
            className="app-chart__bar"
            x={xOf(i) + band * 0.15}
            y={yOf(week.logged)}
            width={band * 0.7}
            height={plotBottom(plot) - yOf(week.logged)}
          />
        ) : null,
      )}
      <path className="app-chart__expected" d={stepPath(weeks, xOf, yOf)} />
      {phaseRuns(weeks).map((run) => {
        const x1 = xOf(run.first);
        const x2 = xOf(run.last + 1);
        return (
          <g key={run.first}>
            {run.first > 0 ? (
              <line
                className="app-chart__phase-edge"
                x1={x1}
                x2={x1}
                y1={plot.top - 24}
                y2={plotBottom(plot)}
              />
            ) : null}
            {x2 - x1 > 70 ? (
              <text
                className="app-chart__note"
                x={(x1 + x2) / 2}
                y={plot.top - 12}
                textAnchor="middle"
              >
                {phaseName[run.phase]}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

/** Contacts logged each week, against what the caseload phase of that week expects. */
export function ContactsChart({ caseload, at }: { caseload: CaseloadStatus; at: string }) {
  const chart = contactsChart(caseload, at);
  return (
    <ChartFigure title={chart.title} legend={chart.legend} table={chart.table}>
      <ContactsSvg caseload={caseload} at={at} label={chart.label} />
    </ChartFigure>
  );
}
