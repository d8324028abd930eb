import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PortfolioStore, storePaths } from '../../../electron/store/portfolio-store';
import { PortfolioLibrary } from '../../../electron/store/portfolio-library';
import { addContact } from '../../support/change-fixture';
import { snapshotDifferences, snapshotFolder } from '../../support/folder-snapshot';
import { emptyPortfolio } from '../../support/portfolio-fixture';

/**
 * The damage table: every part of a portfolio's folder × every kind of damage → what happens.
 *
 * The portfolio: changes 1–3 and 4–6 compacted (history segments, snapshot at 6, backups of the
 * snapshots at 0 and 3), then changes 7–9 in the live journal of a process that was killed.
 * For each case the expected outcome is either "opens with changes 1..n" or "refused, listed,
 * and recovered with changes 1..n". Refusal must change no file; recovery must keep every
 * damaged file in damaged/ and leave a portfolio that opens and takes new saves.
 */
type Damage = 'flip' | 'truncate' | 'delete' | 'garbage';
type Part =
  | 'snapshot'
  | 'journal line 1'
  | 'journal line 2'
  | 'journal last line'
  | 'history segment (older than the snapshot)'
  | 'lock'
  | 'newest backup'
  | 'snapshot and the history segment it needs';

type Outcome = { opens: number } | { recovers: number };

const expected: Record<Part, Record<Damage, Outcome>> = {
  snapshot: {
    flip: { recovers: 9 },
    truncate: { recovers: 9 },
    delete: { recovers: 9 },
    garbage: { recovers: 9 },
  },
  // A journal cut short in a line is what a crash during an append leaves: that line and
  // everything after it was never acknowledged as far as the store can tell. A deleted journal
  // leaves no trace to detect.
  'journal line 1': {
    flip: { recovers: 6 },
    truncate: { opens: 6 },
    delete: { opens: 6 },
    garbage: { recovers: 6 },
  },
  'journal line 2': {
    flip: { recovers: 7 },
    truncate: { opens: 7 },
    delete: { opens: 6 },
    garbage: { recovers: 7 },
  },
  'journal last line': {
    flip: { recovers: 8 },
    truncate: { opens: 8 },
    delete: { opens: 6 },
    garbage: { recovers: 8 },
  },
  // The snapshot already holds these changes: the portfolio opens complete.
  'history segment (older than the snapshot)': {
    flip: { opens: 9 },
    truncate: { opens: 9 },
    delete: { opens: 9 },
    garbage: { opens: 9 },
  },
  lock: { flip: { opens: 9 }, truncate: { opens: 9 }, delete: { opens: 9 }, garbage: { opens: 9 } },
  'newest backup': {
    flip: { opens: 9 },
    truncate: { opens: 9 },
    delete: { opens: 9 },
    garbage: { opens: 9 },
  },
  // The snapshot is damaged (a flipped byte) and the segment 4–6 its backup needs is damaged at
  // its second line: everything before the first damaged change comes back.
  'snapshot and the history segment it needs': {
    flip: { recovers: 4 },
    truncate: { recovers: 4 },
    delete: { recovers: 3 },
    garbage: { recovers: 4 },
  },
};

const roots: string[] = [];
afterAll(async () => {
  for (const root of roots) await rm(root, { recursive: true, force: true });
});

/** Builds the portfolio described above in `<dataDir>/portfolios/p1`. */
async function buildPortfolio(): Promise<{ dataDir: string; folder: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'pwp-damage-'));
  roots.push(dataDir);
  const folder = join(dataDir, 'portfolios', 'p1');
  const author = { by: 'damage test' };
  let store = await PortfolioStore.create(folder, emptyPortfolio());
  for (let n = 1; n <= 3; n += 1) await store.apply(addContact(n), author);
  await store.close();
  store = await PortfolioStore.open(folder);
  for (let n = 4; n <= 6; n += 1) await store.apply(addContact(n), author);
  await store.close();
  store = await PortfolioStore.open(folder);
  for (let n = 7; n <= 9; n += 1) await store.apply(addContact(n), author);
  await store.simulateCrash();
  return { dataDir, folder };
}

/** The byte range of line `index` (0-based) of a file, without its newline. */
async function lineRange(path: string, index: number): Promise<[number, number]> {
  const bytes = await readFile(path);
  let start = 0;
  for (let i = 0; i < index; i += 1) start = bytes.indexOf(0x0a, start) + 1;
  return [start, bytes.indexOf(0x0a, start)];
}

async function damage(path: string, kind: Damage, range?: [number, number]): Promise<void> {
  const bytes = await readFile(path);
  const [start, end] = range ?? [0, bytes.length];
  const middle = start + Math.floor((end - start) / 2);
  if (kind === 'delete') return rm(path);
  if (kind === 'truncate') return truncate(path, middle);
  if (kind === 'flip') {
    bytes[middle] = (bytes[middle] ?? 0) ^ (bytes[middle] === 0x0b ? 0x02 : 0x01);
  } else {
    bytes.fill(0x7a, start, end); // the same length of garbage
    if (range === undefined) bytes.write('\u0000garbage', 0);
  }
  await writeFile(path, bytes);
}

async function damagePart(folder: string, part: Part, kind: Damage): Promise<void> {
  const paths = storePaths(folder);
  const segments = (await readdir(paths.history)).sort();
  const [newestBackup = ''] = (await readdir(paths.backups)).sort().reverse();
  switch (part) {
    case 'snapshot':
      return damage(paths.snapshot, kind);
    case 'journal line 1':
    case 'journal line 2':
    case 'journal last line': {
      const index = part === 'journal line 1' ? 0 : part === 'journal line 2' ? 1 : 2;
      return damage(paths.journal, kind, await lineRange(paths.journal, index));
    }
    case 'history segment (older than the snapshot)': {
      const path = join(paths.history, segments[1] ?? '');
      return damage(path, kind, await lineRange(path, 1));
    }
    case 'lock':
      return damage(paths.lock, kind);
    case 'newest backup':
      return damage(join(paths.backups, newestBackup), kind);
    case 'snapshot and the history segment it needs': {
      await damage(paths.snapshot, 'flip');
      const path = join(paths.history, segments[1] ?? '');
      return damage(path, kind, await lineRange(path, 1));
    }
  }
}

const contactIds = (n: number) => Array.from({ length: n }, (_, i) => `contact-${i + 1}`);

const cases = (Object.keys(expected) as Part[]).flatMap((part) =>
  (Object.keys(expected[part]) as Damage[]).map((kind) => ({
    part,
    kind,
    outcome: expected[part][kind],
  })),
);

describe('damage table', () => {
  const results: string[] = [];
  afterAll(() => {
    console.log(`damage table: ${results.length} cases\n${results.join('\n')}`);
  });

  it.each(cases)('$part × $kind', async ({ part, kind, outcome }) => {
    const { dataDir, folder } = await buildPortfolio();
    await damagePart(folder, part, kind);
    const library = new PortfolioLibrary(dataDir, () => new Date('2026-12-01T12:00:00Z'));
    const before = snapshotFolder(dataDir);
    try {
      const opened = await library.open('p1').then(
        () => true,
        (error: unknown) => {
          expect(error).toMatchObject({ code: 'file-corrupt' });
          return false;
        },
      );
      if ('opens' in outcome) {
        expect(opened).toBe(true);
        expect(library.document().contacts.map((c) => c.id)).toEqual(contactIds(outcome.opens));
        results.push(`  ${part} × ${kind}: opens with changes 1–${outcome.opens}`);
        return;
      }
      // Refused: nothing on disk changed, the list names the problem and offers recovery.
      expect(opened).toBe(false);
      // (The killed process's lock is stale, so the attempt to open takes it over and lets it go:
      // that is the only file allowed to differ.)
      expect(
        snapshotDifferences(before, snapshotFolder(dataDir)).filter(
          (d) => d !== 'removed portfolios/p1/lock',
        ),
      ).toEqual([]);
      const listing = await library.list();
      expect(listing.unreadable).toEqual([
        expect.objectContaining({
          id: 'p1',
          recoverable: true,
          problem: expect.anything() as unknown,
        }),
      ]);
      const report = await library.recover('p1');
      expect(report.recoveredThrough.seq).toBe(outcome.recovers);
      expect(library.document().contacts.map((c) => c.id)).toEqual(contactIds(outcome.recovers));
      const missing = report.lost.changes + report.lost.unreadableLines;
      expect(missing > 0).toBe(outcome.recovers < 9);
      // Every damaged or replaced file was kept, byte for byte.
      expect(report.keptDamagedAt).not.toBeNull();
      const kept = snapshotFolder(report.keptDamagedAt ?? '');
      expect(kept.size).toBeGreaterThan(0);
      // It opens again and takes new saves, numbered on from what it holds.
      await library.apply(addContact(100));
      await library.closeCurrent();
      await library.open('p1');
      expect(library.document().contacts).toHaveLength(outcome.recovers + 1);
      const history = await library.history();
      expect(history.map((h) => h.seq)).toEqual(
        Array.from({ length: outcome.recovers + 1 }, (_, i) => i + 1),
      );
      results.push(
        `  ${part} × ${kind}: refused, recovered changes 1–${outcome.recovers}` +
          (missing > 0 ? ` (${missing} reported as not recoverable)` : ''),
      );
    } finally {
      await library.closeCurrent();
    }
  });
});
