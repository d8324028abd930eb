import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ErrorCode } from '../../shared/errors';
import { AppError } from '../../shared/errors';
import type { StoreProblem } from '../../shared/store-problems';
import { listBackups } from './backups';
import type { DocumentKind } from './document-kind';
import type { JournalCodec, JournalEntry, JournalRead } from './journal';
import { loadSnapshotText } from './snapshot-file';
import type { StorePaths } from './store-files';
import { listSegments, SEGMENT_NAME } from './store-files';

/** A document's files read and replayed: what opening it would give. */
export interface Inspected<D> {
  document: D;
  /** The last change folded into the snapshot. */
  snapshotSeq: number;
  /** The last change replayed. */
  seq: number;
  /** Where the live journal's next line starts (a torn tail is cut off there). */
  validLength: number;
  /** The live journal's first and last change, or null while it is empty. */
  liveFirstSeq: number | null;
  liveLastSeq: number | null;
  /** What opening must write back (migrations, a checksum): see `LoadedSnapshot.upgrades`. */
  upgrades: string[];
}

/** Why a document's files will not open. */
export interface Refusal {
  ok: false;
  code: ErrorCode;
  problem: StoreProblem | null;
  detail: string;
}

export type Inspection<D> = { ok: true; state: Inspected<D> } | Refusal;

/** Any failure that is not damage (a permission problem, a full disk) is thrown instead. */
const refusal = (code: ErrorCode, problem: StoreProblem | null, detail: string): Refusal => ({
  ok: false,
  code,
  problem,
  detail,
});

/**
 * Reads a document's snapshot and replays the changes saved after it, changing nothing on
 * disk. Every kind of damage the store can detect comes back as a named problem: the snapshot
 * missing or failing its checksum or schema, a damaged or missing change in the journal or in a
 * history segment, a change that no longer applies. Normally every change after the snapshot is
 * in the live journal; after a crash mid-compaction or a restore from a backup the first ones
 * are in history segments.
 */
export async function inspectDocument<D, C>(
  kind: DocumentKind<D, C>,
  journal: JournalCodec<C>,
  paths: StorePaths,
): Promise<Inspection<D>> {
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
  let snapshot: { document: D; upgrades: string[] };
  try {
    snapshot = loadSnapshotText(kind, text, paths.snapshot);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const detail = error.fields[0]?.message ?? error.message;
    return refusal(
      error.code,
      error.code === 'file-corrupt' ? { part: 'snapshot', kind: 'damaged', detail } : null,
      error.message,
    );
  }
  const snapshotSeq = kind.journalSeq(snapshot.document);
  const live = await journal.read(paths.journal);
  const liveProblem = journalProblem(
    live,
    'journal',
    basename(paths.journal),
    kind.updatedAt(snapshot.document),
  );
  if (liveProblem) return liveProblem;

  const firstLive = live.entries[0]?.seq ?? Number.POSITIVE_INFINITY;
  const earlier: JournalEntry<C>[] = [];
  if (firstLive > snapshotSeq + 1) {
    // The changes between the snapshot and the live journal are in history segments.
    for (const name of await listSegments(paths)) {
      const last = Number(SEGMENT_NAME.exec(name)?.[2] ?? 0);
      if (last <= snapshotSeq) continue;
      const read = await journal.read(join(paths.history, name));
      const problem = journalProblem(read, 'history', name, earlier.at(-1)?.at ?? null);
      if (problem) return problem;
      earlier.push(...read.entries.filter((e) => e.seq < firstLive));
    }
  }

  let document = snapshot.document;
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
          lastGoodAt: lastAt ?? kind.updatedAt(snapshot.document),
        },
        `Change ${seq + 1} is missing from the history.`,
      );
    }
    const result = kind.apply(document, entry.change, entry.at);
    if (!result.ok) {
      return refusal(
        'file-corrupt',
        {
          part,
          kind: 'does-not-apply',
          file: part === 'journal' ? basename(paths.journal) : 'history',
          seq: entry.seq,
          lastGoodAt: lastAt ?? kind.updatedAt(snapshot.document),
        },
        `Change ${entry.seq} in the history no longer applies.`,
      );
    }
    document = result.document;
    seq = entry.seq;
    lastAt = entry.at;
  }
  return {
    ok: true,
    state: {
      document,
      snapshotSeq,
      seq,
      validLength: live.validLength,
      liveFirstSeq: live.entries[0]?.seq ?? null,
      liveLastSeq: live.entries.at(-1)?.seq ?? null,
      upgrades: snapshot.upgrades,
    },
  };
}

function journalProblem(
  read: JournalRead,
  part: 'journal' | 'history',
  file: string,
  previousAt: string | null,
): Refusal | null {
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
