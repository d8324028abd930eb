import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
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
  /** The store step the child had begun when it was killed. */
  step: string;
}

/**
 * Starts a saving child and SIGKILLs it after a random delay (or lets it finish). The delay runs
 * from the moment the child starts taking the lock (`from: 'lock'`, so kills land in lock
 * creation, opening and the compaction on open) or from when it is ready to save.
 */
function runChild(
  folder: string,
  start: number,
  count: number,
  killAfterMs: number,
  from: 'lock' | 'ready',
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
    let step = 'start';
    let buffer = '';
    let errors = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('step ')) step = line.slice(5);
        if (line.startsWith('ready')) step = 'save';
        const arm =
          (from === 'lock' && line === 'step lock') ||
          (from === 'ready' && line.startsWith('ready'));
        if (arm && !timer) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL' || code === 0)
        resolve({ acked, killed: signal === 'SIGKILL', step });
      else reject(new Error(`child exited with ${String(code)}: ${errors}`));
    });
  });
}

/** Files a completed write never leaves behind: temp files and taken-over locks. */
async function strayFiles(folder: string): Promise<string[]> {
  const names = await readdir(folder, { recursive: true });
  return names.filter((n) => /\.(tmp|stale)$/.test(n));
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
      const killsByStep = new Map<string, number>();
      let seed = 12345;
      const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
      while (next <= TOTAL_SAVES) {
        const batch = Math.min(TOTAL_SAVES - next + 1, 30);
        // One round in three aims at start-up: lock creation, replay, compaction on open.
        const early = random() < 1 / 3;
        const round = await runChild(
          folder,
          next,
          batch,
          // Skewed towards the first milliseconds, where taking the lock happens.
          Math.floor(early ? random() * random() * 15 : random() * 80),
          early ? 'lock' : 'ready',
        );
        if (round.killed) {
          kills += 1;
          killsByStep.set(round.step, (killsByStep.get(round.step) ?? 0) + 1);
        }
        for (const n of round.acked) everAcked.add(n);

        // After every kill the portfolio must open, validate and hold every acknowledged save.
        const store = await PortfolioStore.open(folder);
        const saved = new Set(
          store.data.contacts.map((c) => Number(c.id.slice('contact-'.length))),
        );
        await store.close();
        // Opening removed whatever a killed write left half-done: no temp or stale files remain.
        expect(await strayFiles(folder)).toEqual([]);
        for (const n of everAcked)
          expect(saved.has(n), `save ${n} was acknowledged but lost`).toBe(true);
        next = Math.max(...saved, next - 1) + 1;
      }
      expect(everAcked.size).toBeGreaterThanOrEqual(TOTAL_SAVES * 0.5);
      const where = [...killsByStep].map(([step, n]) => `${step} ${n}`).join(', ');
      console.log(
        `crash test: ${TOTAL_SAVES} saves, ${kills} SIGKILLs (by step: ${where}), ${everAcked.size} acknowledged, none lost, no stray files`,
      );
      // The long run interrupts every step, taking the lock included; the short run's few kills
      // land where they land (counted above, never required, so it cannot flake).
      if (TOTAL_SAVES >= 2000)
        for (const step of ['lock', 'open', 'save', 'snapshot'])
          expect(killsByStep.get(step) ?? 0, step).toBeGreaterThan(0);
    },
    30 * 60_000,
  );
});
