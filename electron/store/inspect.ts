import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { applyChange } from '../../shared/domain/changes';
import type { ErrorCode } from '../../shared/errors';
import { AppError } from '../../shared/errors';
import type { Portfolio } from '../../shared/schemas/portfolio';
import type { StoreProblem } from '../../shared/store-problems';
import { listBackups } from './backups';
import type { JournalEntry, JournalRead } from './journal';
import { readJournal } from './journal';
import { loadSnapshotText } from './snapshot-file';
import type { StorePaths } from './store-files';
import { listSegments, SEGMENT_NAME } from './store-files';

/** A portfolio's files read and replayed: what opening it would give. */
export interface Inspected {
  portfolio: Portfolio;
  /** The last change folded into the snapshot. */
  snapshotSeq: number;
  /** The last change replayed. */
  seq: number;
  /** Where the live journal's next line starts (a torn tail is cut off there). */
  validLength: number;
  /** The live journal's first change, or null while it is empty. */
  liveFirstSeq: number | null;
  /** What opening must write back (migrations, a checksum): see `LoadedSnapshot.upgrades`. */
  upgrades: string[];
}

export type Inspection =
  | { ok: true; state: Inspected }
  | { ok: false; code: ErrorCode; problem: StoreProblem | null; detail: string };

/** Any failure that is not damage (a permission problem, a full disk) is thrown instead. */
const refusal = (code: ErrorCode, problem: StoreProblem | null, detail: string): Inspection => ({
  ok: false,
  code,
  problem,
  detail,
});

/**
 * Reads a portfolio's snapshot and replays the changes saved after it, changing nothing on
 * disk. Every kind of damage the store can detect comes back as a named problem: the snapshot
 * missing or failing its checksum or schema, a damaged or missing change in the journal or in a
 * history segment, a change that no longer applies. Normally every change after the snapshot is
 * in the live journal; after a crash mid-compaction or a restore from a backup the first ones
 * are in history segments.
 */
export async function inspectPortfolio(paths: StorePaths): Promise<Inspection> {
  let text: string;
  try {
    text = await readFile(paths.snapshot, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      // Nothing at all (a folder whose creation a crash cut short): there is no portfolio here.
      if (!(await holdsAnything(paths)))
        return refusal('portfolio-not-found', null, 'There is no portfolio in this folder');
      return refusal(
        'file-corrupt',
        { part: 'snapshot', kind: 'missing', detail: 'The file is missing' },
        'portfolio.json is missing',
      );
    }
    throw new AppError('storage-failed', `Could not read ${paths.snapshot}: ${String(error)}`);
  }
  let snapshot: { portfolio: Portfolio; upgrades: string[] };
  try {
    snapshot = loadSnapshotText(text, paths.snapshot);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const detail = error.fields[0]?.message ?? error.message;
    return refusal(
      error.code,
      error.code === 'file-corrupt' ? { part: 'snapshot', kind: 'damaged', detail } : null,
      error.message,
    );
  }
  const snapshotSeq = snapshot.portfolio.journalSeq ?? 0;
  const live = await readJournal(paths.journal);
  const liveProblem = journalProblem(
    live,
    'journal',
    basename(paths.journal),
    snapshot.portfolio.updatedAt,
  );
  if (liveProblem) return liveProblem;

  const firstLive = live.entries[0]?.seq ?? Number.POSITIVE_INFINITY;
  const earlier: JournalEntry[] = [];
  if (firstLive > snapshotSeq + 1) {
    // The changes between the snapshot and the live journal are in history segments.
    for (const name of await listSegments(paths)) {
      const last = Number(SEGMENT_NAME.exec(name)?.[2] ?? 0);
      if (last <= snapshotSeq) continue;
      const read = await readJournal(join(paths.history, name));
      const problem = journalProblem(read, 'history', name, earlier.at(-1)?.at ?? null);
      if (problem) return problem;
      earlier.push(...read.entries.filter((e) => e.seq < firstLive));
    }
  }

  let portfolio = snapshot.portfolio;
  let seq = snapshotSeq;
  let lastAt: string | null = null;
  for (const entry of [...earlier, ...live.entries]) {
    if (entry.seq <= seq) continue;
    const part = entry.seq >= firstLive ? 'journal' : 'history';
    if (entry.seq !== seq + 1) {
      return refusal(
        'file-corrupt',
        {
          part,
          kind: 'missing-change',
          file: part === 'journal' ? basename(paths.journal) : 'history',
          seq: seq + 1,
          lastGoodAt: lastAt ?? snapshot.portfolio.updatedAt,
        },
        `Change ${seq + 1} is missing from the history.`,
      );
    }
    const result = applyChange(portfolio, entry.change, entry.at);
    if (!result.ok) {
      return refusal(
        'file-corrupt',
        {
          part,
          kind: 'does-not-apply',
          file: part === 'journal' ? basename(paths.journal) : 'history',
          seq: entry.seq,
          lastGoodAt: lastAt ?? snapshot.portfolio.updatedAt,
        },
        `Change ${entry.seq} in the history no longer applies.`,
      );
    }
    portfolio = result.portfolio;
    seq = entry.seq;
    lastAt = entry.at;
  }
  return {
    ok: true,
    state: {
      portfolio,
      snapshotSeq,
      seq,
      validLength: live.validLength,
      liveFirstSeq: live.entries[0]?.seq ?? null,
      upgrades: snapshot.upgrades,
    },
  };
}

function journalProblem(
  read: JournalRead,
  part: 'journal' | 'history',
  file: string,
  previousAt: string | null,
): Inspection | null {
  if (read.newer) {
    return refusal('file-from-newer-version', null, `${file} was written by a newer version.`);
  }
  if (!read.damage) return null;
  const seq = read.damage.expectedSeq;
  return refusal(
    'file-corrupt',
    {
      part,
      kind: read.damage.kind === 'gap' ? 'missing-change' : 'damaged',
      file,
      seq,
      lastGoodAt: read.entries.at(-1)?.at ?? previousAt,
    },
    `${file}: line ${read.damage.line} is damaged.`,
  );
}

/** Whether a folder without a snapshot holds anything to recover from. */
async function holdsAnything(paths: StorePaths): Promise<boolean> {
  const journal = await stat(paths.journal).then(
    (s) => s.size > 0,
    () => false,
  );
  return (
    journal ||
    (await listSegments(paths)).length > 0 ||
    (await listBackups(paths.backups)).length > 0
  );
}
