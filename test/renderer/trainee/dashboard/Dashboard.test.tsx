import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ProgressReport } from '../../../../shared/domain/progress-report';
import { progressReport } from '../../../../shared/domain/progress-report';
import type { GeneratorOptions } from '../../../../shared/generator/synthetic-portfolio';
import { generatePortfolio } from '../../../../shared/generator/synthetic-portfolio';
import { Dashboard } from '../../../../renderer/src/trainee/dashboard/Dashboard';

const startDate = '2026-09-07';

/** The report a trainee would see on `reportAt` for the synthetic year cut off at `options.at`. */
function reportFor(options: Omit<GeneratorOptions, 'seed' | 'startDate'>, reportAt = options.at) {
  const { portfolio } = generatePortfolio({ seed: 5, startDate, ...options });
  return progressReport(portfolio, reportAt);
}

function show(report: ProgressReport) {
  render(<Dashboard report={report} />);
}

/** The at-a-glance tile whose heading is `title`. */
function tile(title: string): HTMLElement {
  const glance = screen.getByRole('region', { name: 'At a glance' });
  const heading = within(glance).getByRole('heading', { name: title });
  const item = heading.closest('li');
  if (!item) throw new Error(`No tile for ${title}`);
  return item;
}

describe('Dashboard early in the year (15 Nov 2026, on track)', () => {
  const report = reportFor({ at: '2026-11-15' });

  it('says the trainee is not ready for the exam board and lists every missing item', () => {
    show(report);
    const readiness = screen.getByRole('region', { name: /Not ready for the exam board yet/ });
    expect(report.readiness.missing.length).toBeGreaterThan(0);
    for (const item of report.readiness.missing)
      expect(within(readiness).getByText(item)).toBeInTheDocument();
    expect(readiness).toHaveTextContent('Full-caseload gate: Not yet requested');
    expect(screen.queryByText('Ready for the exam board')).not.toBeInTheDocument();
  });

  it('shows each milestone at a glance in words, with met or not met in words', () => {
    show(report);
    const { totals } = report.days;
    expect(tile('Programme days')).toHaveTextContent(
      `${totals.attended} of 45 programme days attended`,
    );
    expect(tile('Programme days')).toHaveTextContent('295 days left in the window');
    expect(tile('Programme days')).toHaveTextContent('Not met yet');
    expect(tile('Clinical contact')).toHaveTextContent(/\d+\.\d of 80 clinical contact hours/);
    expect(tile('Case-management supervision')).toHaveTextContent(
      '10.0 of 20 hours of case-management supervision',
    );
    expect(tile('Clinical-skills supervision')).toHaveTextContent(
      '5.5 of 20 hours of clinical-skills supervision',
    );
    expect(tile('Caseload phase today')).toHaveTextContent('Reduced caseload');
    expect(tile('Interventions')).toHaveTextContent('0 of 7 interventions competent');
    expect(tile('Case reviews')).toHaveTextContent('No patients overdue for review');
    expect(tile('Case reviews')).toHaveTextContent('Met');
  });

  it('gives every detailed section its own heading, and no apprenticeship section off that route', () => {
    show(report);
    for (const name of [
      'Programme days',
      'Interventions',
      'Caseload',
      'Supervision',
      'Clinical practice hours',
      'Practice outcomes',
      'Supervisor reports and portfolio',
    ])
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Apprenticeship' })).not.toBeInTheDocument();
  });

  it('lists programme days per module with every absence and its make-up plan', () => {
    show(report);
    const modules = screen.getByRole('table', { name: 'Programme days by module' });
    for (const module of report.days.modules)
      expect(within(modules).getByRole('rowheader', { name: module.title })).toBeInTheDocument();
    const absences = screen.getByRole('table', { name: 'Absences' });
    expect(within(absences).getByText('27 Oct 2026')).toBeInTheDocument();
    expect(within(absences).getByText('Authorised')).toBeInTheDocument();
  });

  it('names each chart and offers its numbers as a table', async () => {
    const user = userEvent.setup();
    show(report);
    const days = screen.getByRole('img', {
      name: /^Programme days: \d+ of 45 attended by 15 Nov 2026/,
    });
    expect(days.tagName.toLowerCase()).toBe('svg');
    expect(
      screen.getByRole('img', { name: /^Contacts per week from 7 Sep 2026 to 15 Nov 2026/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /^Case-management supervision: 10\.0 hours/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /^Clinical-skills supervision: 5\.5 hours/ }),
    ).toBeInTheDocument();

    for (const summary of screen.getAllByText('Show as table')) await user.click(summary);
    const daysTable = screen.getByRole('table', {
      name: 'Programme days attended against an even plan, by month',
    });
    expect(within(daysTable).getAllByRole('row')).toHaveLength(1 + 3 + 1);
    expect(
      within(daysTable).getByRole('row', { name: /Nov\s2026 \(to\s15\sNov\)/ }),
    ).toHaveTextContent(String(report.days.totals.attended));
    expect(
      within(daysTable).getByRole('row', { name: /By 6 Sep 2027, with every booked day attended/ }),
    ).toHaveTextContent(String(report.days.totals.attended + report.days.totals.planned));
    const weeks = screen.getByRole('table', {
      name: 'Contacts per week against the expected caseload',
    });
    expect(within(weeks).getAllByRole('row')).toHaveLength(report.caseload.weeks.length + 1);
    const supervision = screen.getByRole('table', {
      name: 'Supervision hours against a straight line to the minimum, by month',
    });
    expect(within(supervision).getAllByRole('row')).toHaveLength(1 + 3);
    expect(
      within(supervision).getByRole('row', { name: /Nov\s2026 \(to\s15\sNov\)/ }),
    ).toHaveTextContent(/10\.0.*5\.5/);
  });

  it('draws the running totals month by month, as the picture and the table both say', async () => {
    const user = userEvent.setup();
    show(report);
    const monthEnds = ['2026-09-30', '2026-10-31', '2026-11-15'];
    const attended = monthEnds.map(
      (end) => report.days.attendedDates.filter((date) => date <= end).length,
    );
    expect(attended.at(-1)).toBe(report.days.totals.attended);
    const days = screen.getByRole('img', { name: /^Programme days/ });
    expect(days).toHaveAccessibleName(
      expect.stringMatching(
        new RegExp(
          `Attended by the end of each month: Sep\\s2026: ${attended[0]}, ` +
            `Oct\\s2026: ${attended[1]}, Nov\\s2026 \\(to\\s15\\sNov\\): ${attended[2]}\\.`,
        ),
      ),
    );

    const hoursBy = (series: { date: string; hours: number }[]) =>
      monthEnds.map((end) => (series.filter((p) => p.date <= end).at(-1)?.hours ?? 0).toFixed(1));
    const cm = hoursBy(report.supervision.caseManagement.cumulative);
    expect(cm.at(-1)).toBe('10.0');
    const cmChart = screen.getByRole('img', { name: /^Case-management supervision/ });
    expect(cmChart).toHaveAccessibleName(
      expect.stringMatching(
        new RegExp(
          `Hours by the end of each month: Sep\\s2026: ${cm[0]}, Oct\\s2026: ${cm[1]}, ` +
            `Nov\\s2026 \\(to\\s15\\sNov\\): 10\\.0\\.$`,
        ),
      ),
    );

    for (const summary of screen.getAllByText('Show as table')) await user.click(summary);
    const daysTable = screen.getByRole('table', { name: /^Programme days attended/ });
    const october = within(daysTable).getByRole('row', { name: /Oct\s2026/ });
    const cells = within(october)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(0, 2)).toEqual([
      String((attended[1] ?? 0) - (attended[0] ?? 0)),
      String(attended[1]),
    ]);
    const supervision = screen.getByRole('table', { name: /^Supervision hours/ });
    expect(
      within(supervision)
        .getByRole('row', { name: /Oct\s2026/ })
        .querySelector('td'),
    ).toHaveTextContent(cm[1] ?? '');
  });
});

describe('Dashboard at the end of the year (6 Sep 2027, on track)', () => {
  const report = reportFor({ at: '2027-09-06' });

  it('says the trainee is ready and that nothing is missing', () => {
    show(report);
    expect(screen.getByRole('heading', { name: 'Ready for the exam board' })).toBeInTheDocument();
    expect(screen.getByText(/Nothing is missing/)).toBeInTheDocument();
    expect(screen.queryByText(/Not ready/)).not.toBeInTheDocument();
  });

  it('shows every tile as met', () => {
    show(report);
    const glance = screen.getByRole('region', { name: 'At a glance' });
    const tiles = within(glance).getAllByRole('listitem');
    expect(tiles).toHaveLength(7);
    for (const item of tiles) expect(item).toHaveTextContent(/Met$/);
    expect(tile('Interventions')).toHaveTextContent('7 of 7 interventions competent');
    expect(tile('Caseload phase today')).toHaveTextContent('Full caseload');
  });

  it('reports practice outcomes and signed reports', () => {
    show(report);
    const outcomes = screen.getByRole('region', { name: 'Practice outcomes' });
    const { totals } = report.practiceOutcomes;
    expect(outcomes).toHaveTextContent(`${totals.finishedCases} finished cases so far`);
    expect(outcomes).toHaveTextContent(`${totals.recovered} of ${totals.casenessAtStart}`);
    const reports = screen.getByRole('region', { name: 'Supervisor reports and portfolio' });
    expect(within(reports).getAllByText('Satisfactory')).toHaveLength(2);
  });
});

describe('Dashboard for a trainee who is behind (10 May 2027)', () => {
  const report = reportFor({ at: '2027-05-10', completeness: 'behind' });

  it('flags missed days for attention and lists each one', () => {
    show(report);
    expect(tile('Programme days')).toHaveTextContent('Needs attention');
    const absences = screen.getByRole('table', { name: 'Absences' });
    const missed = report.days.absences.filter((d) => d.status === 'missed');
    expect(missed.length).toBeGreaterThan(0);
    expect(within(absences).getAllByText('Missed')).toHaveLength(missed.length);
    expect(within(absences).getByText('29 Oct 2026')).toBeInTheDocument();
  });

  it('counts every absence in the month it fell, in the chart’s table', async () => {
    const user = userEvent.setup();
    show(report);
    await user.click(screen.getByText(': Programme days attended against an even plan'));
    const table = screen.getByRole('table', { name: /^Programme days attended/ });
    const rows = within(table).getAllByRole('row').slice(1, -1);
    // Sep 2026 to May 2027, then the row for every booked day.
    expect(rows).toHaveLength(9);
    const absences = rows.map((row) =>
      Number(within(row).getAllByRole('cell').at(-1)?.textContent),
    );
    expect(absences.reduce((sum, n) => sum + n, 0)).toBe(report.days.absences.length);
  });

  it('lists missed supervision weeks by date and says why sessions did not count', () => {
    show(report);
    const supervision = screen.getByRole('region', { name: 'Supervision' });
    expect(supervision).toHaveTextContent('14 Sep 2026');
    const notCounted = screen.getByRole('table', { name: 'Sessions that do not count' });
    expect(within(notCounted).getAllByRole('row')).toHaveLength(
      report.supervision.notCounted.length + 1,
    );
    expect(notCounted).toHaveTextContent(
      'The supervisor has not completed low-intensity supervisor training',
    );
  });

  it('lists what is missing, including the intervention assessments', () => {
    show(report);
    const readiness = screen.getByRole('region', { name: /Not ready for the exam board yet/ });
    for (const item of report.readiness.missing)
      expect(within(readiness).getByText(item)).toBeInTheDocument();
  });
});

describe('Dashboard with patients overdue for review', () => {
  // Six weeks with nothing logged: the caseload has gone unreviewed.
  const report = reportFor({ at: '2027-05-10', completeness: 'behind' }, '2027-06-20');

  it('counts them at a glance and lists each with the days overdue', () => {
    show(report);
    const overdue = report.supervision.overdueReviews;
    expect(overdue.length).toBeGreaterThan(1);
    expect(tile('Case reviews')).toHaveTextContent(`${overdue.length} patients overdue for review`);
    expect(tile('Case reviews')).toHaveTextContent('Needs attention');
    const table = screen.getByRole('table', { name: 'Patients overdue for review' });
    for (const review of overdue) {
      const row = within(table).getByRole('row', { name: new RegExp(review.patientCode) });
      expect(row).toHaveTextContent(String(review.daysOverdue));
    }
  });
});

describe('Dashboard on the apprenticeship route', () => {
  it('shows off-the-job training and the gateway date, with readable dates', () => {
    show(reportFor({ at: '2027-03-06', route: 'apprenticeship' }));
    const section = screen.getByRole('region', { name: 'Apprenticeship' });
    expect(section).toHaveTextContent('Not before 7 Sep 2027');
    const readiness = screen.getByRole('region', { name: /Not ready for the exam board yet/ });
    expect(within(readiness).getByText('Gateway not before 7 Sep 2027')).toBeInTheDocument();
  });
});
