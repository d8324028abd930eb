import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PortfolioStore } from '../../../electron/store/portfolio-store';

/** Saves in all; `npm run test:crash` sets PWP_CRASH_SAVES=10000 for the long run. */
const TOTAL_SAVES = Number(process.env.PWP_CRASH_SAVES ?? 240);
const CHILD = join(import.meta.dirname, 'crash-child.ts');

interface Round {
  acked: number[];
  killed: boolean;
}

/** Starts a saving child and SIGKILLs it after a random delay (or lets it finish). */
function runChild(
  folder: string,
  start: number,
  count: number,
  killAfterMs: number,
): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, folder, String(start), String(count), '37'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const acked: number[] = [];
    let buffer = '';
    let errors = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('ready')) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL' || code === 0) resolve({ acked, killed: signal === 'SIGKILL' });
      else reject(new Error(`child exited with ${String(code)}: ${errors}`));
    });
  });
}

describe('crash safety', () => {
  const folders: string[] = [];
  afterAll(async () => {
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  it(
    `keeps every acknowledged save when killed with SIGKILL at random moments (${TOTAL_SAVES} saves)`,
    async () => {
      const root = await mkdtemp(join(tmpdir(), 'pwp-crash-'));
      folders.push(root);
      const folder = join(root, 'portfolio');
      const everAcked = new Set<number>();
      let next = 1;
      let kills = 0;
      let seed = 12345;
      const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
      while (next <= TOTAL_SAVES) {
        const batch = Math.min(TOTAL_SAVES - next + 1, 60);
        const round = await runChild(folder, next, batch, Math.floor(random() * 80));
        if (round.killed) kills += 1;
        for (const n of round.acked) everAcked.add(n);

        // After every kill the portfolio must open, validate and hold every acknowledged save.
        const store = await PortfolioStore.open(folder);
        const saved = new Set(
          store.data.contacts.map((c) => Number(c.id.slice('contact-'.length))),
        );
        await store.close();
        for (const n of everAcked)
          expect(saved.has(n), `save ${n} was acknowledged but lost`).toBe(true);
        next = Math.max(...saved, next - 1) + 1;
      }
      expect(everAcked.size).toBeGreaterThanOrEqual(TOTAL_SAVES * 0.5);
      console.log(
        `crash test: ${TOTAL_SAVES} saves, ${kills} SIGKILLs, ${everAcked.size} acknowledged, none lost`,
      );
    },
    30 * 60_000,
  );
});
