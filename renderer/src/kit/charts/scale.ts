import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';
import { addMonths, daysBetween } from '../../../../shared/dates';

/** An SVG drawing area in viewBox units, with margins for the axis labels. */
export interface Plot {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const plotRight = (plot: Plot) => plot.width - plot.right;
export const plotBottom = (plot: Plot) => plot.height - plot.bottom;

/** Maps a value from 0…max onto the plot's height (0 at the bottom). */
export function yScale(plot: Plot, max: number): (value: number) => number {
  const span = plotBottom(plot) - plot.top;
  return (value) => plotBottom(plot) - (max <= 0 ? 0 : (Math.min(value, max) / max) * span);
}

/** Maps a calendar date between `start` and `end` onto the plot's width. */
export function dateScale(plot: Plot, start: string, end: string): (date: string) => number {
  const days = Math.max(1, daysBetween(start, end));
  const span = plotRight(plot) - plot.left;
  return (date) => plot.left + (daysBetween(start, date) / days) * span;
}

/**
 * A round axis maximum at or above `value` and its tick step, so gridlines fall on numbers a
 * reader can take in at once: 45 → 0–50 in tens, 16 → 0–20 in fives.
 */
export function niceScale(value: number, maxTicks = 5): { max: number; ticks: number[] } {
  const top = Math.max(value, 1);
  const rough = top / maxTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const max = Math.ceil(top / step) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= max + step / 2; tick += step) ticks.push(Math.round(tick * 100) / 100);
  return { max, ticks };
}

export interface MonthTick {
  date: string;
  /** `Sep`; empty when this tick is drawn but not labelled (too little room). */
  month: string;
  /** The year under the first label and under each January, so the reader never loses it. */
  year: string | null;
}

/** The first day of each month from `start` to `end`, labelled as space allows. */
export function monthTicks(start: string, end: string, labelEvery = 1): MonthTick[] {
  let date = `${start.slice(0, 8)}01`;
  if (date < start) date = addMonths(date, 1);
  const ticks: MonthTick[] = [];
  let lastYear: string | null = null;
  for (let index = 0; date <= end; index += 1, date = addMonths(date, 1)) {
    const labelled = index % labelEvery === 0;
    const year = date.slice(0, 4);
    ticks.push({
      date,
      month: labelled ? format(new UTCDate(`${date}T00:00:00Z`), 'MMM') : '',
      year: labelled && year !== lastYear ? year : null,
    });
    if (labelled) lastYear = year;
  }
  return ticks;
}

/** How many months to skip between labels so each has about `room` units of width. */
export function labelEvery(plot: Plot, start: string, end: string, room = 40): number {
  const months = Math.max(1, daysBetween(start, end) / 30.4);
  const perMonth = (plotRight(plot) - plot.left) / months;
  return Math.max(1, Math.ceil(room / perMonth));
}
