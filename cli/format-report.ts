import type { ProgressReport } from '../shared/domain/progress-report';
import {
  apprenticeshipLead,
  apprenticeshipSummary,
} from '../shared/presentation/apprenticeship-words';
import {
  caseloadSummary,
  earlyContactsHeading,
  earlyContactsTable,
  phaseSentence,
} from '../shared/presentation/caseload-words';
import {
  coverageHeading,
  coverageWords,
  interventionsLead,
  interventionsTable,
} from '../shared/presentation/interventions-table';
import { missingItemSteps, stepText, tileStep } from '../shared/presentation/next-steps';
import { outcomesLead, outcomesSummary } from '../shared/presentation/outcomes-words';
import {
  bothInterventionsNote,
  practiceHoursLead,
  practiceHoursTables,
  outsideWindowNote,
  shadowingNote,
} from '../shared/presentation/practice-hours-table';
import {
  absencesIntro,
  absencesTable,
  looseEnds,
  moduleColumns,
  moduleGroups,
  noAbsences,
  programmeDaysLead,
} from '../shared/presentation/programme-days-table';
import { readinessWords } from '../shared/presentation/readiness-words';
import { blocksCompletionWords, reportsSummary } from '../shared/presentation/reports-words';
import {
  everySessionCounts,
  lateReviewsTable,
  notCountedTable,
  overdueSentence,
  overdueTable,
  supervisionLead,
  supervisionOutsideWindowNote,
  supervisionSummary,
} from '../shared/presentation/supervision-words';
import type { Cell, Column, StatusCell, Table } from '../shared/presentation/table';
import { cellText } from '../shared/presentation/table';
import { glanceTiles, tileStatusWords } from '../shared/presentation/tiles';
import { calendarDate } from '../shared/presentation/words';

/**
 * The human-readable report `pwp check` prints: the dashboard's own words, tables and next steps
 * (all from `shared/presentation`), laid out as plain text.
 */

const indent = (lines: readonly string[], by = '  ') => lines.map((l) => (l ? `${by}${l}` : l));

/** The no-break spaces that keep dashboard labels whole are plain spaces on a terminal. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

/** Columns padded to line up; figures right-aligned, as in the dashboard. */
function textTable(columns: readonly Column[], rows: readonly (readonly Cell[])[]): string[] {
  const cells = [
    columns.map((c) => c.header),
    ...rows.map((r) => r.map((c) => plain(cellText(c)))),
  ];
  const widths = columns.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells.map((r) =>
    r
      .map((cell, i) =>
        columns[i]?.numeric ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd(),
  );
}

function table(t: Table): string[] {
  return [t.caption, ...indent(textTable(t.columns, t.rows))];
}

function summary(rows: readonly (readonly [string, string | StatusCell])[]): string[] {
  return rows.map(([key, value]) => `${key}: ${plain(cellText(value))}`);
}

function section(title: string, lines: readonly string[]): string[] {
  return ['', title, ...indent(lines)];
}

function readinessLines(report: ProgressReport): string[] {
  const words = readinessWords(report.readiness, report.at);
  const lines = [words.heading, `  ${words.summary}`];
  for (const group of words.missing) {
    lines.push(`  ${group.label}`);
    for (const item of missingItemSteps(report, group.id, group.items, { canLog: true }))
      lines.push(`    - ${item.text}`, `      → ${stepText(item.step)}`);
  }
  return lines;
}

function tileLines(report: ProgressReport): string[] {
  return glanceTiles(report).flatMap((tile) => {
    const step = tileStep(tile, report, { canLog: true });
    return [
      `${tile.title}: ${tile.value} [${tileStatusWords[tile.status]}]`,
      `  ${tile.detail}`,
      ...(step ? [`  → ${stepText(step)}`] : []),
    ];
  });
}

function programmeDaysLines(report: ProgressReport): string[] {
  const { days } = report;
  const rows: Cell[][] = moduleGroups(days).flatMap((group) => [
    [group.title],
    ...group.kinds.map((k) => [`  ${k.name}`, ...k.cells, '']),
    [`  ${group.total.name}`, ...group.total.cells, group.total.passMark],
  ]);
  const columns = moduleColumns.map((header, i) => ({ header, numeric: i > 0 && i < 7 }));
  return [
    programmeDaysLead(days),
    ...looseEnds(days),
    '',
    'Programme days by module',
    ...indent(textTable(columns, rows)),
    '',
    'Absences',
    absencesIntro,
    ...(days.absences.length === 0 ? [noAbsences] : indent(table(absencesTable(days)).slice(1))),
  ];
}

function interventionLines(report: ProgressReport): string[] {
  const coverage = coverageWords(report.coverage);
  return [
    interventionsLead(report.interventions),
    '',
    ...table(interventionsTable(report.interventions)),
    '',
    `${coverageHeading}: ${coverage.text.trim()} [${coverage.tag.words}]`,
  ];
}

function caseloadLines(report: ProgressReport): string[] {
  const { caseload } = report;
  return [
    phaseSentence(caseload),
    ...summary(caseloadSummary(caseload)),
    ...(caseload.contactsOutsidePhase.length > 0
      ? ['', earlyContactsHeading, ...indent(table(earlyContactsTable(caseload)).slice(1))]
      : []),
  ];
}

function supervisionLines(report: ProgressReport): string[] {
  const { supervision } = report;
  return [
    supervisionLead(supervision),
    ...summary(supervisionSummary(supervision)),
    ...(supervisionOutsideWindowNote(supervision)
      ? [supervisionOutsideWindowNote(supervision) ?? '']
      : []),
    '',
    overdueSentence(supervision),
    ...(supervision.overdueReviews.length > 0
      ? indent(table(overdueTable(supervision)).slice(1))
      : []),
    ...(supervision.lateReviews.length > 0 ? ['', ...table(lateReviewsTable(supervision))] : []),
    '',
    ...(supervision.notCounted.length === 0
      ? [everySessionCounts]
      : table(notCountedTable(supervision.notCounted))),
  ];
}

function practiceLines(report: ProgressReport): string[] {
  const p = report.practiceHours;
  return [
    practiceHoursLead(p),
    shadowingNote(p),
    ...(outsideWindowNote(p) ? [outsideWindowNote(p) ?? ''] : []),
    ...practiceHoursTables(p, report.interventions).flatMap((t) => ['', ...table(t)]),
    bothInterventionsNote,
  ];
}

export function formatReport(report: ProgressReport): string {
  const { trainee, programme } = report;
  const lines: string[] = [
    `PWP Tracker — ${trainee.name} · ${programme.name} (v${programme.version})`,
    `${trainee.university}, ${trainee.cohort}; started ${calendarDate(trainee.startDate)}; route ${trainee.route}`,
    `Your progress as of ${calendarDate(report.at)}`,
    '',
    ...readinessLines(report),
    ...section('At a glance', tileLines(report)),
    ...section('Programme days', programmeDaysLines(report)),
    ...section('Interventions', interventionLines(report)),
    ...section('Caseload', caseloadLines(report)),
    ...section('Supervision', supervisionLines(report)),
    ...section('Clinical practice hours', practiceLines(report)),
    ...section('Practice outcomes', [
      outcomesLead(report.practiceOutcomes),
      ...summary(outcomesSummary(report.practiceOutcomes)),
    ]),
    ...section('Supervisor reports and portfolio', [
      ...(report.reports.blocksCompletion
        ? [`${blocksCompletionWords.strong} ${blocksCompletionWords.rest}`]
        : []),
      ...summary(reportsSummary(report.reports, report.portfolioStatus, report.signOffs)),
    ]),
    ...(report.apprenticeship.applies
      ? section('Apprenticeship', [
          apprenticeshipLead(report.apprenticeship),
          ...summary(apprenticeshipSummary(report.apprenticeship)),
        ])
      : []),
  ];
  return `${lines.map(plain).join('\n')}\n`;
}
