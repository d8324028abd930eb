import { describe, expect, it } from 'vitest';
import { progressReport } from '../../../shared/domain/progress-report';
import { generatePortfolio } from '../../../shared/generator/synthetic-portfolio';
import { glanceTiles } from '../../../shared/presentation/tiles';
import { emptyPortfolio } from '../../support/portfolio-fixture';

const startDate = '2026-09-07';

function reportFor(seed: number, at: string, completeness: 'on-track' | 'behind' = 'on-track') {
  return progressReport(generatePortfolio({ seed, at, startDate, completeness }).portfolio, at);
}

describe('glanceTiles', () => {
  it('says a new portfolio has no patients to review, rather than "Met"', () => {
    const report = progressReport(emptyPortfolio(), '2026-09-20');
    const tile = glanceTiles(report).find((t) => t.id === 'overdue-reviews');
    expect(tile?.value).toBe('No patients to review yet');
    expect(tile?.status).toBe('nothing-due');
  });

  it('counts the fortnights without an hour at a glance', () => {
    const behind = reportFor(3, '2027-09-03', 'behind');
    const tile = glanceTiles(behind).find((t) => t.id === 'clinical-skills');
    expect(tile?.detail).toMatch(
      new RegExp(
        `^\\d+\\.\\d hours expected by now; ${behind.supervision.clinicalSkills.fortnightsMissed} fortnights went without an hour$`,
      ),
    );
    const onTrack = glanceTiles(reportFor(5, '2026-11-15')).find((t) => t.id === 'clinical-skills');
    expect(onTrack?.detail).toMatch(/expected by now; no fortnight has gone without an hour$/);
  });

  it('gives the tiles in the order a trainee scans them, each with a status', () => {
    const tiles = glanceTiles(reportFor(5, '2026-11-15'));
    expect(tiles.map((t) => t.id)).toEqual([
      'programme-days',
      'clinical-hours',
      'case-management',
      'clinical-skills',
      'caseload',
      'interventions',
      'overdue-reviews',
    ]);
    expect(tiles[0]?.value).toMatch(/^\d+ of 45 programme days attended$/);
  });
});
