import { progressReport } from '../shared/domain/progress-report';
import { generatePortfolio } from '../shared/generator/synthetic-portfolio';
import type { Row } from './stats';
import { summarise } from './stats';

/** Computing the whole progress report (every rule, every signature verified) for one trainee. */
export function benchReport(): Row[] {
  const rows: Row[] = [];
  for (const scale of [1, 5]) {
    const { portfolio } = generatePortfolio({
      seed: 42,
      at: '2027-08-31',
      startDate: '2026-09-07',
      scale,
    });
    const samples: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const started = performance.now();
      progressReport(portfolio, '2027-08-31');
      samples.push(performance.now() - started);
    }
    rows.push(
      summarise(
        `progress report, ${portfolio.contacts.length} contacts, ${portfolio.signOffs.length} signatures`,
        samples,
      ),
    );
  }
  return rows;
}
