import type { DayKind, DayTally, ModuleDays, ProgrammeDayProgress } from '../domain/programme-days';
import { dayKindName } from './names';
import type { Cell, StatusCell, Table } from './table';
import { windowText } from './tiles';
import { calendarDate, oneDecimal, plural } from './words';

/** The columns of "Programme days by module". */
export const moduleColumns = [
  'Days',
  'Required',
  'Attended',
  'Authorised absence',
  'Missed',
  'Planned',
  'Attendance so far',
  'Pass mark',
] as const;

/** The section's opening sentence. */
export function programmeDaysLead(days: ProgrammeDayProgress): string {
  const { totals } = days;
  return `${totals.attended} of ${totals.required} days attended and ${totals.planned} booked. ${windowText(days)}.`;
}

/** Attendance so far: of the days held, the share attended. */
export function attendance(tally: DayTally): string {
  const held = tally.attended + tally.authorisedAbsence + tally.missed;
  return held === 0 ? 'None held yet' : `${oneDecimal((tally.attended / held) * 100)} %`;
}

/** The counts of a tally in column order, Required to Attendance so far. */
export function tallyCells(tally: DayTally): [number, number, number, number, number, string] {
  return [
    tally.required,
    tally.attended,
    tally.authorisedAbsence,
    tally.missed,
    tally.planned,
    attendance(tally),
  ];
}

/** Whether the module's attendance passes: complete, still possible, or out of reach. */
export function passMark(module: ModuleDays): StatusCell {
  if (module.cannotPass)
    return {
      tag: { words: 'Below pass mark', tone: 'bad' },
      note: `At best ${module.bestPossiblePercent} %`,
    };
  if (module.accountedFor)
    return {
      tag: { words: 'Complete', tone: 'good' },
      note:
        module.authorisedAbsence === 0
          ? `All ${plural(module.required, 'day')} attended`
          : `${module.attended} attended, ${plural(module.authorisedAbsence, 'authorised absence')}`,
    };
  return { text: 'Can still pass', note: `At best ${module.bestPossiblePercent} %` };
}

/** One module in the table: a row per kind of day, then the total row with the pass-mark verdict. */
export interface ModuleGroup {
  title: string;
  kinds: { name: string; cells: Cell[] }[];
  total: { name: string; cells: Cell[]; passMark: StatusCell };
}

const kinds: DayKind[] = ['taught', 'directed'];

/** "Programme days by module", grouped by module. */
export function moduleGroups(days: ProgrammeDayProgress): ModuleGroup[] {
  return days.modules.map((module) => ({
    title: module.title,
    kinds: kinds.map((kind) => ({
      name: dayKindName[kind],
      cells: tallyCells(module.byKind[kind]),
    })),
    total: { name: 'All days', cells: tallyCells(module), passMark: passMark(module) },
  }));
}

/** Every absence, authorised or not. */
export function absencesTable(days: ProgrammeDayProgress): Table {
  const titles = new Map(days.modules.map((m) => [m.moduleId, m.title]));
  return {
    caption: 'Absences',
    columns: [
      { header: 'Date' },
      { header: 'Module' },
      { header: 'Day' },
      { header: 'Absence' },
      { header: 'Make-up plan' },
    ],
    rows: days.absences.map((d) => [
      calendarDate(d.date),
      titles.get(d.moduleId) ?? d.moduleId,
      dayKindName[d.kind],
      d.status === 'missed' ? { tag: { words: 'Missed', tone: 'bad' } } : 'Authorised',
      d.makeUpPlan ?? (d.status === 'missed' ? 'No make-up plan recorded' : ''),
    ]),
  };
}

export const noAbsences = 'You have had no absences.';
export const absencesIntro =
  'Full attendance is expected, so every absence is listed, authorised or not.';

/** Loose ends a trainee can fix today: past days left as "planned", days with no record at all. */
export function looseEnds(days: ProgrammeDayProgress): string[] {
  const { unrecorded, unscheduled } = days.totals;
  return [
    unrecorded > 0
      ? `${plural(unrecorded, 'past day')} ${unrecorded === 1 ? 'is' : 'are'} still marked as planned. Record whether you attended.`
      : null,
    unscheduled > 0
      ? `${plural(unscheduled, 'required day')} ${unscheduled === 1 ? 'is' : 'are'} not in your timetable yet.`
      : null,
    days.outsideWindow.length > 0
      ? `${plural(days.outsideWindow.length, 'day')} ${days.outsideWindow.length === 1 ? 'is' : 'are'} dated outside the window: ${days.outsideWindow.map((d) => calendarDate(d.date)).join(', ')}.`
      : null,
    days.duplicates.length > 0
      ? `${plural(days.duplicates.length, 'day')} ${days.duplicates.length === 1 ? 'was' : 'were'} logged twice for the same module and date, so only the later entry counts: ${days.duplicates.map((d) => calendarDate(d.date)).join(', ')}.`
      : null,
  ].filter((n): n is string => n !== null);
}
