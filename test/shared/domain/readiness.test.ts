import fc from 'fast-check';
import { signRecords, trustKey } from '../../support/signing-fixture';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { progressReport } from '../../../shared/domain/progress-report';
import { generatePortfolio } from '../../../shared/generator/synthetic-portfolio';
import type { Portfolio } from '../../../shared/schemas/portfolio';

const START = '2026-09-07';
const END = '2027-09-06';

function year(options: { seed?: number; behind?: boolean } = {}): Portfolio {
  return generatePortfolio({
    seed: options.seed ?? 11,
    at: END,
    startDate: START,
    completeness: options.behind ? 'behind' : 'on-track',
  }).portfolio;
}

describe('examBoardReadiness', () => {
  it('is ready at the end of an on-track year, with nothing missing', () => {
    const { readiness } = progressReport(year(), END);
    expect(readiness.missing).toEqual([]);
    expect(readiness.ready).toBe(true);
  });

  it('names the missing final report', () => {
    const portfolio = year();
    portfolio.supervisorReports = portfolio.supervisorReports.filter((r) => r.kind !== 'final');
    portfolio.signOffs = portfolio.signOffs.filter((s) => s.id !== 'so-report-final');
    const { readiness } = progressReport(portfolio, END);
    expect(readiness.ready).toBe(false);
    expect(readiness.missing).toEqual(['No final report yet']);
  });

  it('names the sign-off that no longer verifies when signed evidence is edited behind the app’s back', () => {
    const portfolio = year();
    const signed = portfolio.signOffs.find((s) => s.subject === 'evidence')!;
    portfolio.evidence = portfolio.evidence.map((e) =>
      e.id === signed.recordIds[0] ? { ...e, title: `${e.title} (edited)` } : e,
    );
    const { readiness } = progressReport(portfolio, END);
    const [message] = readiness.requirements.find((r) => r.id === 'sign-offs-valid')?.missing ?? [];
    const edited = portfolio.evidence.find((e) => e.id === signed.recordIds[0])!;
    expect(message).toContain(
      `(${signed.id}) no longer verifies: the entry “${edited.title}” was changed after signing`,
    );
    expect(message).toMatch(/^The evidence sign-off by [A-Z]/);
  });

  it('names only the one record that changed in a sign-off covering several', () => {
    const portfolio = year();
    const supervisor = portfolio.people.find(
      (p) => p.role === 'supervisor' && p.supervisorTrained,
    )!;
    trustKey(portfolio, supervisor.id);
    const ids = portfolio.evidence
      .filter((e) => e.state === 'submitted')
      .slice(0, 3)
      .map((e) => e.id);
    const signed = signRecords(portfolio, 'evidence', ids, { signerId: supervisor.id });
    const target = portfolio.evidence.findIndex((e) => e.id === ids[1]);
    const edited = portfolio.evidence[target]!;
    portfolio.evidence[target] = { ...edited, description: 'changed behind the app' };
    const { readiness } = progressReport(portfolio, END);
    const missing = readiness.requirements.find((r) => r.id === 'sign-offs-valid')?.missing ?? [];
    const message = missing.find((m) => m.includes(`(${signed.id})`)) ?? '';
    expect(message).toMatch(
      new RegExp(`no longer verifies: the entry “${edited.title}” was changed after signing$`),
    );
  });

  it('lists what a trainee who is behind still needs', () => {
    const { readiness } = progressReport(year({ behind: true }), END);
    expect(readiness.ready).toBe(false);
    const unmet = readiness.requirements.filter((r) => !r.met).map((r) => r.id);
    expect(unmet).toEqual(expect.arrayContaining(['programme-days', 'interventions']));
    for (const requirement of readiness.requirements)
      expect(requirement.met).toBe(requirement.missing.length === 0);
  });

  it('is never ready before the final report, part-way through the year', () => {
    const { readiness } = progressReport(year(), '2027-03-01');
    expect(readiness.ready).toBe(false);
  });

  it('when ready, every requirement really is met', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 200, max: 400 }),
        fc.boolean(),
        (seed, day, behind) => {
          const at = addDays(START, day);
          const portfolio = generatePortfolio({
            seed,
            at,
            startDate: START,
            completeness: behind ? 'behind' : 'on-track',
          }).portfolio;
          const report = progressReport(portfolio, at);
          if (!report.readiness.ready) return;
          expect(report.days.allAccountedFor).toBe(true);
          expect(report.interventions.every((i) => i.competent)).toBe(true);
          expect(report.coverage.met).toBe(true);
          expect(
            report.practiceHours.met &&
              report.supervision.caseManagement.total.met &&
              report.supervision.clinicalSkills.total.met,
          ).toBe(true);
          expect(report.caseload.gates.every((g) => g.open)).toBe(true);
          expect(report.reports.final?.rating).toBe('satisfactory');
          expect(report.signOffs.every((s) => s.status === 'valid')).toBe(true);
        },
      ),
      { numRuns: 15 },
    );
  });
});
