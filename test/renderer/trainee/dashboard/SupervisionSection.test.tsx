import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { progressReport } from '../../../../shared/domain/progress-report';
import { generatePortfolio } from '../../../../shared/generator/synthetic-portfolio';
import { SupervisionSection } from '../../../../renderer/src/trainee/dashboard/SupervisionSection';
import type { ProgressReport } from '../../../../shared/domain/progress-report';

const startDate = '2026-09-07';

function reportFor(seed: number, at: string, completeness: 'on-track' | 'behind' = 'on-track') {
  return progressReport(generatePortfolio({ seed, at, startDate, completeness }).portfolio, at);
}

function show(report: ProgressReport) {
  render(<SupervisionSection supervision={report.supervision} days={report.days} at={report.at} />);
  return screen.getByRole('region', { name: 'Supervision' });
}

describe('SupervisionSection: missed weeks and clinical-skills gaps', () => {
  it('names each run of missed weeks and each gap with its dates and length', () => {
    const report = reportFor(3, '2027-09-01', 'behind');
    const { caseManagement: cm, clinicalSkills: cs } = report.supervision;
    expect(cm.missedWeekRuns.some((run) => run.weeks > 1)).toBe(true);
    expect(cs.gaps.some((gap) => gap.ongoing)).toBe(true);
    const section = show(report);
    expect(section).toHaveTextContent(`Weeks with an hour${cm.weeksMet} of ${cm.weeksDue}`);
    // Two weeks from 12 October 2026, then the single week of 2 November 2026.
    expect(section).toHaveTextContent('2 weeks, 12 Oct 2026 to 25 Oct 2026; week of 2 Nov 2026');
    expect(section).toHaveTextContent(`Fortnights without an hour${cs.fortnightsMissed}`);
    expect(section).toHaveTextContent('25 Dec 2026 to 7 Jan 2027 (14 days)');
    expect(section).toHaveTextContent('since 7 Aug 2027, still open (25 days to 31 Aug 2027)');
  });

  it('says None when every week and fortnight had its hour', () => {
    const report = reportFor(5, '2026-11-15');
    expect(report.supervision.clinicalSkills.gaps).toEqual([]);
    expect(report.supervision.caseManagement.missedWeekRuns).toEqual([]);
    const section = show(report);
    const list = within(section).getAllByText('None');
    expect(list.length).toBeGreaterThanOrEqual(3);
  });
});
