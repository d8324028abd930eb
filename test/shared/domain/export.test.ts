import { describe, expect, it } from 'vitest';
import { exportablePortfolio, exportFileName } from '../../../shared/domain/export';
import { emptyPortfolio, meta } from '../../support/portfolio-fixture';

describe('exportablePortfolio', () => {
  it('leaves private reflections and the journal bookkeeping out, and keeps everything else', () => {
    const portfolio = { ...emptyPortfolio(), journalSeq: 12 };
    portfolio.reflections.push(
      { ...meta('r-1'), date: '2026-10-01', title: 'Shared', text: 'For my tutor', private: false },
      { ...meta('r-2'), date: '2026-10-02', title: 'Mine', text: 'Only for me', private: true },
    );
    const exported = exportablePortfolio(portfolio);
    expect(exported.reflections.map((r) => r.id)).toEqual(['r-1']);
    expect('journalSeq' in exported).toBe(false);
    expect(exported.trainee).toEqual(portfolio.trainee);
    expect(portfolio.reflections).toHaveLength(2);
  });

  it('names the file after the trainee, without characters a file system refuses', () => {
    const portfolio = emptyPortfolio({ name: 'Sam / Patel: "Jr"' });
    expect(exportFileName(portfolio)).toBe('Sam  Patel Jr – PWP portfolio.pwp');
  });
});
