import type { CaseloadStatus } from '../domain/caseload-phase';
import type { ProgrammeDayProgress } from '../domain/programme-days';
import type { CumulativePoint, HoursTotal, SupervisionCompliance } from '../domain/supervision';
import type { MonthRow, Point } from './chart-series';
import { countSeries, evenPlanOn, monthlySummary, monthRows, valueOn } from './chart-series';
import { phaseName } from './names';
import type { Table } from './table';
import { calendarDate, figure, hours, oneDecimal, plural } from './words';

/**
 * What each progress chart shows, apart from the drawing: its series, the sentence a screen
 * reader hears for the picture, its legend, and the same figures as a table.
 */

/** The marks a chart uses; each legend entry draws a small copy of its mark. */
export type LegendMark =
  | 'plan'
  | 'actual'
  | 'running'
  | 'projection'
  | 'missed'
  | 'absent'
  | 'bar'
  | 'expected'
  | 'current-week';

export interface LegendItem {
  mark: LegendMark;
  text: string;
}

export interface PaceMark {
  date: string;
  /** `missed` is drawn red; `absent` (authorised, with a make-up plan) in grey. */
  kind: 'missed' | 'absent';
}

export interface ChartWords {
  title: string;
  legend: LegendItem[];
  table: Table;
}

export interface ProgrammeDaysChartData extends ChartWords {
  /** The sentence a screen reader hears for the picture. */
  label: string;
  start: string;
  end: string;
  target: number;
  series: Point[];
  /** Attended plus booked: where the line ends if every booked day is attended. */
  projected: number;
  marks: PaceMark[];
}

const programmeDaysTitle = 'Programme days attended against an even plan';

/** The running count of attended days across the window, against an even spread of the 45. */
export function programmeDaysChart(days: ProgrammeDayProgress, at: string): ProgrammeDaysChartData {
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
    `Programme days: ${attended} of ${totals.required} attended by ${calendarDate(at)}, ` +
    `against ${oneDecimal(plan)} on an even plan. Attended by the end of each month: ` +
    `${monthlySummary(months, series, String)}. All ${totals.required} are due by ` +
    `${calendarDate(windowEnd)}; attending every booked day would make ${booked}.`;

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

  return {
    title: programmeDaysTitle,
    label,
    start: windowStart,
    end: windowEnd,
    target: totals.required,
    series,
    projected: booked,
    marks,
    legend: [
      { mark: 'running', text: `Attended so far: ${attended} by today` },
      { mark: 'plan', text: `Even plan: ${totals.required} days by ${calendarDate(windowEnd)}` },
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
    ],
    table: {
      caption: `${programmeDaysTitle}, by month`,
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
          `By ${calendarDate(windowEnd)}, with every booked day attended`,
          '',
          booked,
          totals.required,
          '',
        ],
      ],
    },
  };
}

/** One kind of supervision as a small pace chart. */
export interface SupervisionKindChart {
  name: string;
  total: HoursTotal;
  series: Point[];
  /** Where each run of missed weeks, or each gap, begins: one tick each. */
  marks: PaceMark[];
  /** The sentence a screen reader hears for this picture. */
  label: string;
}

export interface SupervisionChartData extends ChartWords {
  start: string;
  end: string;
  kinds: [SupervisionKindChart, SupervisionKindChart];
}

const supervisionTitle = 'Supervision hours against a straight line to the minimum';

const toPoints = (cumulative: readonly CumulativePoint[]): Point[] =>
  cumulative.map((p) => ({ date: p.date, value: p.hours }));

interface KindFacts {
  name: string;
  total: HoursTotal;
  series: Point[];
  /** How many weeks or fortnights were missed. */
  missedCount: number;
  missedFrom: readonly string[];
  period: string;
}

function kindSentence(
  kind: KindFacts,
  months: readonly MonthRow[],
  at: string,
  start: string,
  end: string,
) {
  const plan = evenPlanOn(at, start, end, kind.total.minimumHours);
  return (
    `${kind.name} supervision: ${hours(valueOn(kind.series, at))} hours by ` +
    `${calendarDate(at)}, against ${hours(plan)} on a straight line to the ` +
    `${kind.total.minimumHours}-hour minimum by ${calendarDate(end)}; ` +
    `${plural(kind.missedCount, `missed ${kind.period}`)}. Hours by the end of each month: ` +
    `${monthlySummary(months, kind.series, hours)}.`
  );
}

/**
 * Supervision hours for each kind as a running total against a straight line to its minimum; the
 * start of each run of missed weeks, and of each clinical-skills gap of 14 days or more, marked.
 */
export function supervisionChart(
  supervision: SupervisionCompliance,
  days: Pick<ProgrammeDayProgress, 'windowStart' | 'windowEnd'>,
  at: string,
): SupervisionChartData {
  const { windowStart: start, windowEnd: end } = days;
  const facts: [KindFacts, KindFacts] = [
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
  const line = (kind: KindFacts, date: string) =>
    hours(evenPlanOn(date, start, end, kind.total.minimumHours));
  const chart = (kind: KindFacts): SupervisionKindChart => ({
    name: kind.name,
    total: kind.total,
    series: kind.series,
    marks: kind.missedFrom.map((date) => ({ date, kind: 'missed' as const })),
    label: kindSentence(kind, months, at, start, end),
  });

  return {
    title: supervisionTitle,
    start,
    end,
    kinds: [chart(facts[0]), chart(facts[1])],
    legend: [
      { mark: 'running', text: 'Hours so far' },
      { mark: 'plan', text: `Straight line to the minimum by ${calendarDate(end)}` },
      {
        mark: 'missed',
        text: 'Missed weeks begin (case management), or a gap of 14 days or more begins (clinical skills)',
      },
    ],
    table: {
      caption: `${supervisionTitle}, by month`,
      columns: [
        { header: 'Month' },
        { header: 'Case management: hours so far', numeric: true },
        { header: 'Case management: straight line', numeric: true },
        { header: 'Clinical skills: hours so far', numeric: true },
        { header: 'Clinical skills: straight line', numeric: true },
      ],
      rows: months.map((month) => [
        month.label,
        ...facts.flatMap((kind) => [
          hours(valueOn(kind.series, month.until)),
          line(kind, month.until),
        ]),
      ]),
    },
  };
}

export interface ContactsChartData extends ChartWords {
  /** The sentence a screen reader hears for the picture. */
  label: string;
}

const contactsTitle = 'Contacts per week against the expected caseload';

/** Contacts logged each week, against what the caseload phase of that week expects. */
export function contactsChart(caseload: CaseloadStatus, at: string): ContactsChartData {
  const { weeks } = caseload;
  const first = weeks[0]?.weekStart ?? at;
  const total = weeks.reduce((sum, w) => sum + w.logged, 0);
  const expectation =
    caseload.phaseToday === 'shadowing'
      ? 'no own caseload is expected while shadowing'
      : `a ${phaseName[caseload.phaseToday].toLowerCase()} expects ${figure(caseload.expectedContactsPerWeekNow)}`;
  return {
    title: contactsTitle,
    label:
      `Contacts per week from ${calendarDate(first)} to ${calendarDate(at)}: ${total} ` +
      `logged in ${weeks.length} weeks. Over the last four complete weeks you logged ` +
      `${oneDecimal(caseload.recentContactsPerWeek)} a week; ${expectation}.`,
    legend: [
      { mark: 'bar', text: 'Contacts logged in the week' },
      { mark: 'expected', text: 'Expected for the caseload phase' },
      { mark: 'current-week', text: 'This week, not finished yet' },
    ],
    table: {
      caption: contactsTitle,
      columns: [
        { header: 'Week beginning' },
        { header: 'Phase' },
        { header: 'Expected', numeric: true },
        { header: 'Logged', numeric: true },
      ],
      rows: weeks.map((w) => [
        calendarDate(w.weekStart),
        phaseName[w.phase],
        figure(w.expected),
        w.logged,
      ]),
    },
  };
}
