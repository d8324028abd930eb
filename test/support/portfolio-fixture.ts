import { newPortfolio } from '../../shared/domain/new-portfolio';
import type { Portfolio } from '../../shared/schemas/portfolio';

/** An empty portfolio starting Monday 7 Sep 2026, with one trained supervisor and one educator. */
export function emptyPortfolio(overrides: Partial<Portfolio['trainee']> = {}): Portfolio {
  const portfolio = newPortfolio(
    {
      name: 'Sam Patel',
      university: 'University of Exeter',
      service: 'TalkWorks Devon',
      cohort: 'September 2026',
      startDate: '2026-09-07',
      route: 'pgcert',
      ...overrides,
    },
    { id: 'portfolio-1', now: new Date('2026-09-01T09:00:00Z') },
  );
  portfolio.people.push(
    { id: 'sup-1', name: 'Jo Smith', role: 'supervisor', supervisorTrained: true },
    { id: 'edu-1', name: 'Dr Ann Lee', role: 'educator', supervisorTrained: false },
  );
  return portfolio;
}

/** Fields every record carries; `submitted` unless a test says otherwise. */
export function meta(id: string, recordedAt = '2026-10-01T10:00:00Z') {
  return { id, recordedAt, state: 'submitted' as const };
}
