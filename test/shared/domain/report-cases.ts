import type { GeneratorOptions } from '../../../shared/generator/synthetic-portfolio';
import { generatePortfolio } from '../../../shared/generator/synthetic-portfolio';
import type { Portfolio } from '../../../shared/schemas/portfolio';

/**
 * Portfolios for checking that the report's performance work changed no result: the report JSON
 * of each is compared with the one the code gave before that work (`report-golden.json`).
 */
export interface ReportCase {
  name: string;
  portfolio: () => Portfolio;
  at: string;
}

const generated = (options: GeneratorOptions) => () => generatePortfolio(options).portfolio;

/** The same moments written with other UTC offsets, and same-day contacts written out of order. */
function withShuffledInstants(portfolio: Portfolio): Portfolio {
  const contacts = portfolio.contacts.map((contact, i) => {
    if (i % 3 !== 0) return contact;
    const moment = Date.parse(contact.recordedAt) + ((i % 7) - 3) * 3_600_000;
    const shifted = new Date(moment + 5 * 3_600_000).toISOString().slice(0, 19);
    return { ...contact, recordedAt: `${shifted}+05:00` };
  });
  const first = contacts[10];
  const corrected = first
    ? [
        ...contacts,
        {
          ...first,
          id: `${first.id}-fix`,
          durationMinutes: first.durationMinutes + 5,
          amends: { supersedes: first.id, reason: 'Wrong length' },
        },
      ]
    : contacts;
  return { ...portfolio, contacts: corrected };
}

export const reportCases: ReportCase[] = [
  ...[1, 7, 42, 2027].map((seed) => ({
    name: `seed ${seed}, full year`,
    portfolio: generated({ seed, at: '2027-08-31', startDate: '2026-09-07' }),
    at: '2027-08-31',
  })),
  {
    name: 'seed 3, ×3, report mid-year',
    portfolio: generated({ seed: 3, at: '2027-08-31', startDate: '2026-09-07', scale: 3 }),
    at: '2027-02-15',
  },
  {
    name: 'seed 5, behind',
    portfolio: generated({ seed: 5, at: '2027-06-30', completeness: 'behind' }),
    at: '2027-06-30',
  },
  {
    name: 'seed 9, apprenticeship',
    portfolio: generated({ seed: 9, at: '2027-08-31', route: 'apprenticeship' }),
    at: '2027-08-31',
  },
  {
    name: 'seed 11, other offsets and a correction',
    portfolio: () =>
      withShuffledInstants(generatePortfolio({ seed: 11, at: '2027-08-31' }).portfolio),
    at: '2027-08-31',
  },
  {
    name: 'seed 12, ×2, a day long after the year',
    portfolio: generated({ seed: 12, at: '2027-08-31', scale: 2 }),
    at: '2029-01-10',
  },
];
