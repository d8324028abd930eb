import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { progressReport } from '../../../shared/domain/progress-report';
import { generatePortfolio } from '../../../shared/generator/synthetic-portfolio';
import { outsideWindowNote } from '../../../shared/presentation/practice-hours-table';
import { looseEnds } from '../../../shared/presentation/programme-days-table';
import { supervisionOutsideWindowNote } from '../../../shared/presentation/supervision-words';

const AT = '2027-03-01';

describe('what is in the file but not counted is said, with its dates', () => {
  it('names contacts and supervision dated before the start, and a day logged twice', () => {
    const { portfolio } = generatePortfolio({ seed: 5, at: AT, startDate: '2026-09-07' });
    const contact = portfolio.contacts.find((c) => c.state === 'submitted')!;
    const session = portfolio.supervision.find((s) => s.state === 'submitted')!;
    const day = portfolio.programmeDays.find((d) => d.status === 'attended' && d.date <= AT)!;
    portfolio.contacts.push({ ...contact, id: 'early-contact', date: addDays('2026-09-07', -30) });
    portfolio.supervision.push({ ...session, id: 'early-session', date: '2026-08-01' });
    portfolio.programmeDays.push({ ...day, id: 'twice', recordedAt: '2027-02-01T10:00:00Z' });
    const report = progressReport(portfolio, AT);
    expect(outsideWindowNote(report.practiceHours)).toMatch(
      /^1 contact is dated before your programme started, so it does not count: 8 Aug 2026\./,
    );
    expect(supervisionOutsideWindowNote(report.supervision)).toBe(
      '1 supervision session is dated before your programme started, so it does not count: 1 Aug 2026.',
    );
    expect(looseEnds(report.days).join(' ')).toContain(
      'logged twice for the same module and date, so only the later entry counts',
    );
  });

  it('says nothing when everything counts', () => {
    const report = progressReport(generatePortfolio({ seed: 5, at: AT }).portfolio, AT);
    expect(outsideWindowNote(report.practiceHours)).toBeNull();
    expect(supervisionOutsideWindowNote(report.supervision)).toBeNull();
  });
});
