import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ModuleDays } from '../../../../shared/domain/programme-days';
import { progressReport } from '../../../../shared/domain/progress-report';
import { generatePortfolio } from '../../../../shared/generator/synthetic-portfolio';
import { CaseloadSection } from '../../../../renderer/src/trainee/dashboard/CaseloadSection';
import { PassMark } from '../../../../renderer/src/trainee/dashboard/ProgrammeDaysSection';
import { SupervisionSection } from '../../../../renderer/src/trainee/dashboard/SupervisionSection';
import { emptyPortfolio } from '../../../support/portfolio-fixture';

const startDate = '2026-09-07';

describe('dashboard words that could mislead', () => {
  it('says a module with every day attended is complete', () => {
    const module = {
      required: 13,
      attended: 13,
      authorisedAbsence: 0,
      accountedFor: true,
      cannotPass: false,
      bestPossiblePercent: 100,
    } as ModuleDays;
    render(<PassMark module={module} />);
    expect(screen.getByText('Complete')).toBeVisible();
    expect(screen.getByText('All 13 days attended')).toBeVisible();
    expect(screen.queryByText(/Can still pass/)).toBeNull();
  });

  it('expects no patients while shadowing', () => {
    const report = progressReport(emptyPortfolio(), '2026-09-20');
    expect(report.caseload.phaseToday).toBe('shadowing');
    render(<CaseloadSection caseload={report.caseload} at={report.at} />);
    expect(screen.getByText(/none are expected of you while you are shadowing/)).toBeVisible();
    expect(screen.queryByText(/expected by now/)).toBeNull();
  });

  it('shows the hours of supervision expected by now beside the total', () => {
    const at = '2027-08-01';
    const report = progressReport(generatePortfolio({ seed: 5, at, startDate }).portfolio, at);
    const cm = report.supervision.caseManagement;
    render(<SupervisionSection supervision={report.supervision} days={report.days} at={at} />);
    const expected = ((cm.weeksDue * cm.expectedMinutesPerWeek) / 60).toFixed(1);
    expect(
      screen.getByText(new RegExp(`^${expected} expected by now \\(1 hour a week for`)),
    ).toBeVisible();
  });
});
