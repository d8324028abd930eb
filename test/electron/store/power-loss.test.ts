import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { JSONFile } from 'lowdb/node';
import { Low } from 'lowdb';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { PortfolioStore } from '../../../electron/store/portfolio-store';
import { AppError } from '../../../shared/errors';
import { addContact } from '../../support/change-fixture';
import { emptyPortfolio } from '../../support/portfolio-fixture';
import { CrashModel, recorder } from '../../support/recording-fs';
import type { FsOp } from '../../support/recording-fs';

vi.mock('node:fs/promises', async (importOriginal) => {
  const { recordingFs } = await import('../../support/recording-fs');
  return recordingFs(await importOriginal());
});

const cleanup: string[] = [];
afterAll(async () => {
  for (const path of cleanup) await rm(path, { recursive: true, force: true });
});

/** Writes one crash state into a fresh folder (not recorded: it is outside the recorded root). */
async function materialise(files: Map<string, Buffer>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'pwp-crash-state-'));
  cleanup.push(folder);
  for (const [path, bytes] of files) {
    if (path === 'lock') continue; // a power cut kills the lock's owner: the lock is stale
    await mkdir(join(folder, dirname(path)), { recursive: true });
    await writeFile(join(folder, path), bytes);
  }
  return folder;
}

/** Replays every prefix of `ops` in both views and checks each crash state with `check`. */
async function everyCrashState(
  ops: FsOp[],
  check: (files: Map<string, Buffer>, lastAck: number | null) => Promise<string | null>,
) {
  const model = new CrashModel();
  const problems: string[] = [];
  for (let k = 0; k <= ops.length; k += 1) {
    if (k > 0) model.apply(ops[k - 1] as FsOp);
    for (const view of ['synced-names', 'all-names'] as const) {
      const problem = await check(model.crash(view), model.lastAck);
      if (problem) problems.push(`after op ${k} (${view}): ${problem}`);
    }
  }
  return problems;
}

describe('power loss', () => {
  // Compaction writes its snapshot in the background while saves go on, so the order of the
  // operations depends on timing: several sessions, with different gaps between saves, put the
  // background writes at different points among the saves.
  it.each([
    { compactEvery: 3, pauses: [0, 0, 0, 0, 0, 0, 0] },
    { compactEvery: 3, pauses: [1, 3, 0, 2, 5, 0, 1] },
    { compactEvery: 2, pauses: [0, 2, 1, 0, 4, 1, 3] },
    { compactEvery: 2, pauses: [6, 0, 6, 0, 6, 0, 6] },
  ])(
    'our store: every crash state opens to the last acknowledged save or a later one, never a damaged file (compaction every $compactEvery, pauses $pauses)',
    async ({ compactEvery, pauses }) => {
      const root = await mkdtemp(join(tmpdir(), 'pwp-power-'));
      cleanup.push(root);
      const folder = join(root, 'portfolio');
      recorder.start(folder);
      const store = await PortfolioStore.create(folder, emptyPortfolio(), { compactEvery });
      recorder.ack(0);
      for (let n = 1; n <= 7; n += 1) {
        await store.apply(addContact(n), { by: 'power test' });
        recorder.ack(n);
        // Let the background compaction run on for a few turns of the event loop.
        for (let turn = 0; turn < (pauses[n - 1] ?? 0); turn += 1)
          await new Promise((resolve) => setImmediate(resolve));
      }
      await store.close();
      recorder.stop();
      const ops = recorder.ops;
      expect(ops.filter((o) => o.op === 'fsync').length).toBeGreaterThan(7);

      const problems = await everyCrashState(ops, async (files, lastAck) => {
        const state = await materialise(files);
        try {
          const opened = await PortfolioStore.open(state);
          const saved = opened.data.contacts.length;
          await opened.close();
          if (lastAck === null) return null;
          return saved >= lastAck && saved <= lastAck + 1
            ? null
            : `${saved} saves survived but ${lastAck} were acknowledged`;
        } catch (error) {
          if (lastAck === null && error instanceof AppError && error.code === 'portfolio-not-found')
            return null;
          return `could not open (${error instanceof AppError ? error.code : String(error)}) with ${String(lastAck)} acknowledged`;
        }
      });
      expect(problems).toEqual([]);
      console.log(
        `power-loss test: ${ops.length} recorded operations, ${(ops.length + 1) * 2} crash states, all recovered`,
      );
    },
    30_000,
  );

  it("lowdb's own writer (steno: temp file + rename, no fsync) loses acknowledged data in the same test", async () => {
    const root = await mkdtemp(join(tmpdir(), 'pwp-steno-'));
    cleanup.push(root);
    const file = join(root, 'db.json');
    recorder.start(root);
    const db = new Low(new JSONFile<{ saves: number }>(file), { saves: 0 });
    for (let n = 1; n <= 5; n += 1) {
      db.data = { saves: n };
      await db.write();
      recorder.ack(n);
    }
    recorder.stop();

    const problems = await everyCrashState(recorder.ops, (files, lastAck) => {
      if (lastAck === null) return Promise.resolve(null);
      const bytes = files.get('db.json');
      if (!bytes) return Promise.resolve('file missing');
      try {
        const { saves } = JSON.parse(bytes.toString('utf8')) as { saves: number };
        return Promise.resolve(saves >= lastAck ? null : `only ${saves} of ${lastAck} saves`);
      } catch {
        return Promise.resolve(bytes.length === 0 ? 'empty file' : 'damaged file');
      }
    });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => p.includes('empty file'))).toBe(true);
  });
});
