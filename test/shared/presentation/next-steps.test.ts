import { describe, expect, it } from 'vitest';
import { progressReport } from '../../../shared/domain/progress-report';
import type { RequirementId } from '../../../shared/domain/readiness';
import { generatePortfolio } from '../../../shared/generator/synthetic-portfolio';
import type { NextStep } from '../../../shared/presentation/next-steps';
import { missingItemSteps, stepText, tileStep } from '../../../shared/presentation/next-steps';
import { readinessWords } from '../../../shared/presentation/readiness-words';
import { glanceTiles } from '../../../shared/presentation/tiles';
import { emptyPortfolio } from '../../support/portfolio-fixture';

const canLog = { canLog: true };

function stepsOf(report: ReturnType<typeof progressReport>, options = canLog) {
  const words = readinessWords(report.readiness, report.at);
  return new Map<RequirementId, NextStep[]>(
    words.missing.map((g) => [
      g.id,
      missingItemSteps(report, g.id, g.items, options).map((i) => i.step),
    ]),
  );
}

describe('next steps for what is missing', () => {
  const report = progressReport(emptyPortfolio(), '2026-09-20');
  const steps = stepsOf(report);

  it('sends each missing programme day to the Programme days form', () => {
    expect(steps.get('programme-days')?.[0]).toMatchObject({
      kind: 'go',
      screen: 'days',
      label: 'Log a programme day',
      newEntry: true,
    });
  });

  it('sends hours to the log where they are recorded', () => {
    expect(steps.get('clinical-hours')?.[0]).toMatchObject({ screen: 'contacts', newEntry: true });
    expect(steps.get('case-management-hours')?.[0]).toMatchObject({ screen: 'supervision' });
    expect(steps.get('clinical-skills-hours')?.[0]).toMatchObject({ screen: 'supervision' });
    expect(steps.get('interventions')?.[0]).toMatchObject({ screen: 'evidence', newEntry: false });
  });

  it('says plainly what comes from the supervisor, with no link', () => {
    for (const id of ['midpoint-report', 'final-report', 'front-sheet'] as const) {
      const step = steps.get(id)?.[0];
      expect(step?.kind).toBe('say');
      expect(step && stepText(step)).toMatch(
        /^Ask your supervisor .*; their sign-off arrives as a file in a later version\.$/,
      );
    }
  });

  it('gives every button a name that says what it is for', () => {
    for (const [, list] of steps)
      for (const step of list) if (step.kind === 'go') expect(step.about).not.toBe('');
  });

  it('only opens screens, never new entries, on a read-only portfolio', () => {
    const readOnly = stepsOf(report, { canLog: false });
    for (const [, list] of readOnly)
      for (const step of list) if (step.kind === 'go') expect(step.newEntry).toBe(false);
    expect(readOnly.get('programme-days')?.[0]).toMatchObject({ label: 'See Programme days' });
  });
});

describe('next steps for tiles', () => {
  it('offers a step for each tile that is behind, and none for one that is met', () => {
    const at = '2027-09-06';
    const done = progressReport(
      generatePortfolio({ seed: 5, at, startDate: '2026-09-07' }).portfolio,
      at,
    );
    for (const tile of glanceTiles(done))
      if (tile.status === 'met') expect(tileStep(tile, done, canLog)).toBeNull();

    const fresh = progressReport(emptyPortfolio(), '2026-09-20');
    const tiles = glanceTiles(fresh);
    const days = tiles.find((t) => t.id === 'programme-days');
    expect(days && tileStep(days, fresh, canLog)).toMatchObject({ screen: 'days', newEntry: true });
    const reviews = tiles.find((t) => t.id === 'overdue-reviews');
    expect(reviews && tileStep(reviews, fresh, canLog)).toBeNull();
  });
});
