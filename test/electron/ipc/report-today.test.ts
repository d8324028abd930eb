import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The report without a date is for today on the person's own calendar, the same today the log
 * forms default to. Reproduced before the fix: at 00:30 BST the form defaulted to 6 June while the
 * report was computed for 5 June (the UTC date), so a contact just logged "today" was not
 * counted. Run in a child `node` with `TZ=Europe/London`, since vitest cannot change the zone of
 * its own process once `Date` has started.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));

function inLondon(script: string): unknown {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    { cwd: root, env: { ...process.env, TZ: 'Europe/London' }, encoding: 'utf8' },
  );
  return JSON.parse(output);
}

describe('portfolio:report without a date, at 00:30 BST', () => {
  it('is for the local date, and counts a contact logged for the form’s default date', () => {
    const script = `
      const { createHandlers } = await import(${JSON.stringify(`${root}electron/ipc/handlers.ts`)});
      const { newPortfolio } = await import(${JSON.stringify(`${root}shared/domain/new-portfolio.ts`)});
      const { todayIso } = await import(${JSON.stringify(`${root}renderer/src/kit/today.ts`)});
      const now = new Date('2026-06-05T23:30:00Z'); // 00:30 BST on 6 June
      const portfolio = newPortfolio(
        { name: 'Sam Patel', university: 'Exeter', service: 'TalkWorks', cohort: 'Sep 2025',
          startDate: '2025-09-08', route: 'pgcert' },
        { id: 'portfolio-1', now: new Date('2025-09-01T09:00:00Z') },
      );
      const formDefault = todayIso(now);
      portfolio.contacts.push({
        id: 'c1', recordedAt: now.toISOString(), state: 'submitted', patientCode: 'PT-0001',
        date: formDefault, kind: 'treatment', mode: 'telephone', durationMinutes: 30,
        interventions: [], measures: {}, outcome: 'continuing',
      });
      const library = { document: () => portfolio };
      const handlers = createHandlers({ library, runtime: 'harness', version: '0', now: () => now });
      const report = await handlers['portfolio:report'](undefined);
      process.stdout.write(JSON.stringify({
        formDefault, at: report.at, minutes: report.practiceHours.total.minutes,
      }));
    `;
    expect(inLondon(script)).toEqual({ formDefault: '2026-06-06', at: '2026-06-06', minutes: 30 });
  });
});
