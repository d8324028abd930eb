import { nodeVerifier } from '../electron/crypto/node-ed25519';
import { progressReport } from '../shared/domain/progress-report';
import { generatePortfolio } from '../shared/generator/synthetic-portfolio';
import type { Row } from './stats';
import { summarise } from './stats';

const AT = '2027-08-31';

/**
 * The whole progress report (every rule, every signature verified) for one trainee. Warm: the
 * same portfolio again (signatures already checked). Cold: the first report of a portfolio never
 * seen before (another seed each time, so every signature is new), as the main process computes
 * it, with the operating system's verifier.
 */
export function benchReport(): Row[] {
  const rows: Row[] = [];
  for (const scale of [1, 5, 10]) {
    const { portfolio } = generatePortfolio({ seed: 42, at: AT, startDate: '2026-09-07', scale });
    progressReport(portfolio, AT, { verifier: nodeVerifier });
    const samples: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const started = performance.now();
      progressReport(portfolio, AT, { verifier: nodeVerifier });
      samples.push(performance.now() - started);
    }
    const row = summarise(
      `progress report, warm, ${portfolio.contacts.length} contacts, ${portfolio.signOffs.length} signatures`,
      samples,
    );
    row.note = `${((row.p50 / portfolio.contacts.length) * 1000).toFixed(2)} ms per 1,000 contacts`;
    rows.push(row);
  }
  const cold: number[] = [];
  let contacts = 0;
  for (let seed = 100; seed < 110; seed += 1) {
    const { portfolio } = generatePortfolio({ seed, at: AT, startDate: '2026-09-07' });
    contacts = portfolio.contacts.length;
    const started = performance.now();
    progressReport(portfolio, AT, { verifier: nodeVerifier });
    cold.push(performance.now() - started);
  }
  rows.push(
    summarise(
      `progress report, cold (new signatures), ~${contacts} contacts`,
      cold,
      'ms',
      'target ≤ 50 ms',
    ),
  );
  return rows;
}
