import { describe, expect, it } from 'vitest';
import { portfolioStatus, supervisorReportsStatus } from '../../../shared/domain/reports';
import { signOffStates } from '../../../shared/domain/sign-off-status';
import type { Portfolio } from '../../../shared/schemas/portfolio';
import type { Submission, SupervisorReport } from '../../../shared/schemas/records';
import { emptyPortfolio, meta } from '../../support/portfolio-fixture';
import { signRecords, trustKey } from '../../support/signing-fixture';

function report(
  id: string,
  kind: SupervisorReport['kind'],
  rating: SupervisorReport['rating'],
): SupervisorReport {
  return {
    ...meta(id),
    kind,
    date: kind === 'final' ? '2027-08-01' : '2027-03-01',
    supervisorId: 'sup-1',
    rating,
    comments: 'Comments',
  };
}
const reports = (portfolio: Portfolio, today = '2027-09-01') =>
  supervisorReportsStatus(portfolio, signOffStates(portfolio), today);

describe('supervisorReportsStatus', () => {
  it('blocks completion when the final report is unsatisfactory', () => {
    const portfolio = emptyPortfolio();
    portfolio.supervisorReports.push(
      report('r1', 'midpoint', 'satisfactory'),
      report('r2', 'final', 'unsatisfactory'),
    );
    expect(reports(portfolio)).toMatchObject({
      midpoint: { rating: 'satisfactory' },
      final: { rating: 'unsatisfactory' },
      blocksCompletion: true,
    });
  });

  it('uses the correction of a report, not the report it corrects', () => {
    const portfolio = emptyPortfolio();
    portfolio.supervisorReports.push(report('r1', 'final', 'unsatisfactory'), {
      ...report('r2', 'final', 'satisfactory'),
      amends: { supersedes: 'r1', reason: 'Rated against the wrong form' },
    });
    expect(reports(portfolio)).toMatchObject({ final: { id: 'r2' }, blocksCompletion: false });
  });

  it('knows when the front sheet and practice outcomes have been signed', () => {
    const portfolio = emptyPortfolio();
    trustKey(portfolio);
    portfolio.supervisorReports.push(report('r1', 'final', 'satisfactory'));
    expect(reports(portfolio)).toMatchObject({
      frontSheetSigned: false,
      practiceOutcomesSigned: false,
    });
    portfolio.declarations.push(
      {
        ...meta('fs-1'),
        kind: 'front-sheet',
        date: '2026-09-07',
        statement: 'I confirm these details.',
      },
      {
        ...meta('po-1'),
        kind: 'practice-outcomes',
        date: '2027-08-01',
        statement: 'Outcomes as logged.',
        figures: { finishedCases: 60 },
      },
    );
    // A sign-off of the wrong kind of form does not count.
    signRecords(portfolio, 'front-sheet', ['r1']);
    expect(reports(portfolio).frontSheetSigned).toBe(false);
    signRecords(portfolio, 'front-sheet', ['fs-1']);
    signRecords(portfolio, 'practice-outcomes', ['po-1']);
    signRecords(portfolio, 'supervisor-report', ['r1']);
    expect(reports(portfolio)).toMatchObject({
      frontSheetSigned: true,
      practiceOutcomesSigned: true,
      final: { signedOff: true },
    });
  });
});

describe('portfolioStatus', () => {
  const submission = (
    id: string,
    submittedAt: string,
    outcome?: Submission['outcome'],
  ): Submission => ({
    id,
    submittedAt,
    ...(outcome ? { outcome, decidedAt: submittedAt } : {}),
  });
  it.each([
    [[], 'draft', 1],
    [[submission('s1', '2027-08-01T10:00:00Z')], 'submitted', 1],
    [[submission('s1', '2027-08-01T10:00:00Z', 'pass')], 'pass', 1],
    [[submission('s1', '2027-08-01T10:00:00Z', 'refer')], 'refer', 1],
    [
      [submission('s1', '2027-08-01T10:00:00Z', 'refer'), submission('s2', '2027-09-01T10:00:00Z')],
      'submitted',
      0,
    ],
    [
      [
        submission('s1', '2027-08-01T10:00:00Z', 'refer'),
        submission('s2', '2027-09-01T10:00:00Z', 'refer'),
      ],
      'fail',
      0,
    ],
    [[submission('s1', '2027-08-01T10:00:00Z', 'fail')], 'fail', 1],
  ])('%j → %s with %i resubmissions left', (submissions, state, left) => {
    const portfolio = emptyPortfolio();
    portfolio.submissions.push(...submissions);
    expect(portfolioStatus(portfolio)).toMatchObject({ state, resubmissionsLeft: left });
  });
});
