import { describe, expect, it } from 'vitest';
import type { ModuleDays } from '../../../shared/domain/programme-days';
import { progressReport } from '../../../shared/domain/progress-report';
import { generatePortfolio } from '../../../shared/generator/synthetic-portfolio';
import { countSeries, monthRows, valueOn } from '../../../shared/presentation/chart-series';
import { gateCell } from '../../../shared/presentation/caseload-words';
import { interventionsTable } from '../../../shared/presentation/interventions-table';
import { passMark } from '../../../shared/presentation/programme-days-table';
import { programmeDaysChart } from '../../../shared/presentation/progress-charts';
import { cellText } from '../../../shared/presentation/table';
import { withReadableDates } from '../../../shared/presentation/words';

describe('tables and cells as plain text', () => {
  it('reads a pass mark, a gate and a stage the way the dashboard shows them', () => {
    const complete = {
      required: 13,
      attended: 13,
      authorisedAbsence: 0,
      accountedFor: true,
      cannotPass: false,
      bestPossiblePercent: 100,
    } as ModuleDays;
    expect(cellText(passMark(complete))).toBe('Complete — All 13 days attended');
    expect(
      cellText(
        gateCell({
          phase: 'reduced',
          open: true,
          effectiveFrom: '2026-10-05',
          signedOn: '2026-10-05',
          earliestDate: '2026-09-07',
          problem: null,
        }),
      ),
    ).toBe('Open from 5 Oct 2026');
    const at = '2027-09-06';
    const report = progressReport(
      generatePortfolio({ seed: 5, at, startDate: '2026-09-07' }).portfolio,
      at,
    );
    const table = interventionsTable(report.interventions);
    expect(table.columns).toHaveLength(9);
    expect(table.rows.every((r) => r.length === 9)).toBe(true);
    expect(cellText(table.rows[0]?.[1] ?? '')).toMatch(/^Assessed — Competent$/);
  });

  it('rewrites ISO dates in domain sentences as NHS dates', () => {
    expect(withReadableDates('Gateway not before 2027-09-07')).toBe(
      'Gateway not before 7 Sep 2027',
    );
  });
});

describe('chart series', () => {
  it('counts up by date and reads the value on any day', () => {
    const series = countSeries(['2026-09-08', '2026-09-08', '2026-10-01']);
    expect(valueOn(series, '2026-09-07')).toBe(0);
    expect(valueOn(series, '2026-09-08')).toBe(2);
    expect(valueOn(series, '2027-01-01')).toBe(3);
  });

  it('gives a row per month, the last one to the report date', () => {
    expect(monthRows('2026-09-07', '2026-11-15').map((r) => r.label)).toEqual([
      'Sep\u00a02026',
      'Oct\u00a02026',
      'Nov\u00a02026 (to\u00a015\u00a0Nov)',
    ]);
  });

  it('gives the programme-days chart a table row per month and a closing row', () => {
    const at = '2026-11-15';
    const report = progressReport(
      generatePortfolio({ seed: 5, at, startDate: '2026-09-07' }).portfolio,
      at,
    );
    const chart = programmeDaysChart(report.days, at);
    expect(chart.table.rows).toHaveLength(4);
    expect(chart.label).toMatch(/^Programme days: \d+ of 45 attended by 15 Nov 2026/);
  });
});
