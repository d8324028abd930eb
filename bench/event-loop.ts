import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createAppServices } from '../electron/app-services';
import { PortfolioStore } from '../electron/store/portfolio-store';
import { generatePortfolio } from '../shared/generator/synthetic-portfolio';
import type { Row } from './stats';
import { summarise } from './stats';

const RUNS = 5;

/**
 * How long each heavy handler holds up the main process's event loop on a portfolio ten times a
 * year's size, called as the window calls it (`createAppServices(...).dispatch`). The delay is
 * measured by `perf_hooks.monitorEventLoopDelay` while the calls run; a handler that computes for
 * 80 ms in one go shows as about 80 ms. Target: no handler above 50 ms.
 */
export async function benchEventLoop(): Promise<Row[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'pwp-bench-loop-'));
  const { portfolio } = generatePortfolio({
    seed: 42,
    at: '2027-08-31',
    startDate: '2026-09-07',
    scale: 10,
  });
  const store = await PortfolioStore.create(join(dataDir, 'portfolios', portfolio.id), portfolio);
  // A history to read: a few hundred saves after the snapshot.
  for (let i = 0; i < 300; i += 1)
    await store.apply(
      {
        type: 'record-add',
        collection: 'reflections',
        record: {
          id: `bench-reflection-${i}`,
          recordedAt: '2027-08-30T16:00:00.000Z',
          state: 'draft',
          date: '2027-08-30',
          title: `Reflection ${i}`,
          text: 'What went well in supervision this week, and what I will try next time.',
          private: false,
        },
      },
      { by: 'bench' },
    );
  await store.close();
  const now = () => new Date('2027-08-31T12:00:00Z');
  const services = createAppServices({ dataDir, runtime: 'harness', version: 'bench', now });
  const call = async (channel: string, input?: unknown) => {
    const result = await services.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.data;
  };
  const rows: Row[] = [];
  const measure = async (
    label: string,
    run: () => Promise<unknown>,
    between?: () => Promise<void>,
  ) => {
    const maxima: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      await between?.();
      await services.library.whenIdle();
      const histogram = monitorEventLoopDelay({ resolution: 1 });
      histogram.enable();
      // The monitor's first tick only sets its baseline: let it tick before the call.
      await new Promise((resolve) => setTimeout(resolve, 10));
      await run();
      // One more turn of the loop, so a block at the very end is recorded too.
      await new Promise((resolve) => setTimeout(resolve, 5));
      histogram.disable();
      maxima.push(histogram.max / 1e6);
    }
    const row = summarise(
      `event-loop delay, ${label} — ×10 (${portfolio.contacts.length} contacts)`,
      maxima,
    );
    row.note = `max ${Math.max(...maxima).toFixed(1)} ms of ${RUNS} calls; target ≤ 50 ms`;
    rows.push(row);
  };
  try {
    await measure(
      'portfolio:open',
      () => call('portfolio:open', { id: portfolio.id }),
      async () => {
        await call('portfolio:close');
      },
    );
    await call('portfolio:open', { id: portfolio.id });
    await measure('portfolio:report', () => call('portfolio:report', { at: '2027-08-31' }));
    await measure('portfolio:history', () => call('portfolio:history'));
    await measure('portfolio:export', () => call('portfolio:export'));
    await measure('portfolio:document', () => call('portfolio:document'));
    await call('portfolio:close');
    await measure('portfolio:openExample', () => call('portfolio:openExample'));
    await call('portfolio:close');
  } finally {
    await services.library.closeCurrent();
    await rm(dataDir, { recursive: true, force: true });
  }
  return rows;
}
