import { open } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileDurably } from '../electron/store/durable-write';
import { encodeEntry } from '../electron/store/journal';
import { PortfolioStore } from '../electron/store/portfolio-store';
import { generatePortfolio } from '../shared/generator/synthetic-portfolio';
import type { Portfolio } from '../shared/schemas/portfolio';
import type { Change } from '../shared/domain/changes';
import type { Row } from './stats';
import { summarise } from './stats';

const SAVES = 300;

/** One realistic "log a contact" change, as the contact form sends it. */
function addContact(n: number): Change {
  return {
    type: 'record-add',
    collection: 'contacts',
    record: {
      id: `bench-contact-${n}`,
      recordedAt: '2027-08-30T16:00:00.000Z',
      state: 'submitted',
      patientCode: `PT-${String(n % 10_000).padStart(4, '0')}`,
      date: '2027-08-30',
      kind: 'treatment',
      mode: 'telephone',
      durationMinutes: 30,
      interventions: ['behavioural-activation'],
      presentationId: 'depression',
      measures: { phq9: 12, gad7: 9, wsas: 14 },
      outcome: 'continuing',
      notes: 'Reviewed the activity diary and planned two valued activities for the coming week.',
    },
  };
}
const AT = '2027-08-31';

function fullYear(scale: number): Portfolio {
  return generatePortfolio({ seed: 42, at: AT, startDate: '2026-09-07', scale }).portfolio;
}

/** The physical limit: appending the same bytes as one journal line, then fdatasync. */
async function physicalLimit(folder: string, bytes: Buffer): Promise<number[]> {
  const handle = await open(join(folder, 'limit.bin'), 'a');
  const samples: number[] = [];
  try {
    for (let i = 0; i < SAVES; i += 1) {
      const started = performance.now();
      await handle.write(bytes);
      await handle.datasync();
      samples.push(performance.now() - started);
    }
  } finally {
    await handle.close();
  }
  return samples;
}

/**
 * Saves, each followed by one raw append + fdatasync of the same bytes to a file in the same
 * folder, so the save and its physical limit are measured on the same machine state (the disk's
 * and the page cache's moment to moment speed varies more than a save's own work).
 */
async function storeSaves(
  folder: string,
  portfolio: Portfolio,
  line: Buffer,
): Promise<{ saves: number[]; appends: number[]; openMs: number; heapMb: number }> {
  const store = await PortfolioStore.create(folder, portfolio);
  await store.close();
  // With --expose-gc (npm run bench) the heap is measured after collection; without, roughly.
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const opening = performance.now();
  const reopened = await PortfolioStore.open(folder);
  const openMs = performance.now() - opening;
  globalThis.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  const saves: number[] = [];
  const appends: number[] = [];
  const limit = await open(join(folder, 'limit.bin'), 'a');
  try {
    for (let i = 0; i < SAVES; i += 1) {
      const change = addContact(i);
      const started = performance.now();
      await reopened.apply(change, { by: 'bench' });
      saves.push(performance.now() - started);
      const appending = performance.now();
      await limit.write(line);
      await limit.datasync();
      appends.push(performance.now() - appending);
    }
  } finally {
    await limit.close();
    await reopened.close();
  }
  return { saves, appends, openMs, heapMb };
}

/**
 * Saves around compaction, at ten times a year's size: every 50th save starts one (the app does
 * it every 500th; 50 gives more samples). The save that starts it and the one after it (which
 * waits for the journal's rotation, never for the snapshot write) are timed apart from the rest.
 */
async function savesAroundCompaction(
  folder: string,
  portfolio: Portfolio,
): Promise<{ around: number[]; others: number[] }> {
  const every = 50;
  const store = await PortfolioStore.create(folder, portfolio, { compactEvery: every });
  const around: number[] = [];
  const others: number[] = [];
  try {
    for (let i = 1; i <= SAVES; i += 1) {
      const started = performance.now();
      await store.apply(addContact(i), { by: 'bench' });
      const ms = performance.now() - started;
      (i % every === 0 || i % every === 1 ? around : others).push(ms);
    }
  } finally {
    await store.close();
  }
  return { around, others };
}

/** The design a journal avoids: serialise and atomically rewrite the whole portfolio per save. */
async function wholeFileRewrites(folder: string, portfolio: Portfolio): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < 50; i += 1) {
    const started = performance.now();
    await writeFileDurably(join(folder, 'rewrite.json'), JSON.stringify(portfolio));
    samples.push(performance.now() - started);
  }
  return samples;
}

export async function benchStoreSaves(): Promise<Row[]> {
  const root = await mkdtemp(join(tmpdir(), 'pwp-bench-store-'));
  const rows: Row[] = [];
  try {
    const sample = addContact(0);
    const line = Buffer.from(
      encodeEntry({
        seq: 1,
        at: new Date().toISOString(),
        by: 'bench',
        reason: null,
        change: sample,
      }),
    );
    const limit = await physicalLimit(root, line);
    const limitRow = summarise(`physical limit: append ${line.length} B + fdatasync`, limit);
    rows.push(limitRow);
    for (const scale of [1, 5, 10]) {
      const portfolio = fullYear(scale);
      const size = Buffer.byteLength(JSON.stringify(portfolio));
      const label = `${scale === 1 ? 'full year' : `full year ×${scale}`} (${portfolio.contacts.length} contacts, ${Math.round(size / 1024)} KB)`;
      const { saves, appends, openMs, heapMb } = await storeSaves(
        join(root, `store-${scale}`),
        portfolio,
        line,
      );
      const row = summarise(`save one contact — ${label}`, saves);
      const interleaved = summarise('', appends);
      row.note = `p50 ${(row.p50 / interleaved.p50).toFixed(2)}× the interleaved append (${interleaved.p50.toFixed(2)} ms), p95 ${(row.p95 / interleaved.p95).toFixed(2)}×`;
      rows.push(row);
      rows.push(summarise(`open portfolio — ${label}`, [openMs]));
      rows.push(summarise(`heap held by the open portfolio — ${label}`, [heapMb], 'MB'));
      rows.push(
        summarise(
          `whole-file rewrite (for comparison) — ${label}`,
          await wholeFileRewrites(root, portfolio),
        ),
      );
    }
    const big = fullYear(10);
    const label = `full year ×10 (${big.contacts.length} contacts)`;
    const { around, others } = await savesAroundCompaction(join(root, 'store-compact'), big);
    for (const [what, samples] of [
      ['save that starts a compaction, and the next', around],
      ['every other save in the same run', others],
    ] as const) {
      const row = summarise(`${what} — ${label}`, samples);
      row.note = `p50 ${(row.p50 / limitRow.p50).toFixed(2)}× limit, p95 ${(row.p95 / limitRow.p95).toFixed(2)}× limit`;
      rows.push(row);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return rows;
}
