import { mkdir, readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { AppError } from '../../shared/errors';
import type { RecoveryOutcome } from '../../shared/store-problems';
import { listBackups } from './backups';
import type { DocumentKind } from './document-kind';
import { syncFolder, writeFileDurably } from './durable-write';
import { inspectDocument } from './inspect';
import type { JournalCodec, JournalEntry, JournalRead } from './journal';
import { encodeEntry, journalCodec } from './journal';
import { PortfolioLock } from './lock';
import { loadSnapshotText, SnapshotFile } from './snapshot-file';
import type { StorePaths } from './store-files';
import { listSegments, removeWriteLeftovers, segmentName, storePaths } from './store-files';

interface Base<D> {
  kind: 'snapshot' | 'backup';
  name: string;
  document: D;
}

interface ReadFile<C> {
  name: string;
  path: string;
  read: JournalRead<C>;
  /** Complete lines in the file (read or not). */
  lines: number;
}

const countLines = (text: string) => text.split('\n').length - 1;

async function readChanges<C>(
  journal: JournalCodec<C>,
  path: string,
  name: string,
): Promise<ReadFile<C> | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new AppError('storage-failed', `Could not read ${path}: ${String(error)}`);
  }
  return { name, path, read: journal.decode(text), lines: countLines(text) };
}

/**
 * Recovers a document from any damage the store can detect — a missing or damaged snapshot, a
 * damaged line or a gap in the journal (middle or end), a damaged history segment. It rebuilds
 * everything that is intact up to the first damaged change, from the best starting point (the
 * snapshot if it reads, else the newest backup that does) and every readable change after it:
 *
 * 1. every file that is damaged, or that holds changes the rebuilt portfolio cannot include, is
 *    copied (flushed) into `damaged/<time>/` — nothing is ever deleted;
 * 2. the history is rewritten to hold exactly the changes the portfolio now holds;
 * 3. the rebuilt snapshot is written atomically, and the journal starts empty.
 *
 * Each step leaves a state that opening (or running recovery again) handles. A document that
 * needs no recovery is left exactly as it is. A file from a newer version is refused.
 */
export async function recoverDocument<D, C>(
  kind: DocumentKind<D, C>,
  folder: string,
  now: Date,
): Promise<RecoveryOutcome> {
  const paths = storePaths(folder, kind.name);
  const journal = journalCodec(kind.changeSchema);
  const lock = await PortfolioLock.acquire(paths.lock, now);
  try {
    await removeWriteLeftovers(paths);
    const inspection = await inspectDocument(kind, journal, paths);
    if (inspection.ok) {
      const { state } = inspection;
      return {
        problem: null,
        base: null,
        recoveredThrough: { seq: state.seq, at: kind.updatedAt(state.document) },
        lost: { changes: 0, unreadableLines: 0, firstAt: null, lastAt: null },
        keptDamagedAt: null,
      };
    }
    if (inspection.code !== 'file-corrupt') throw new AppError(inspection.code, inspection.detail);
    return await rebuild(kind, journal, paths, now, inspection.problem);
  } finally {
    await lock.release();
  }
}

async function rebuild<D, C>(
  kind: DocumentKind<D, C>,
  journal: JournalCodec<C>,
  paths: StorePaths,
  now: Date,
  problem: RecoveryOutcome['problem'],
): Promise<RecoveryOutcome> {
  const segments: ReadFile<C>[] = [];
  for (const name of await listSegments(paths)) {
    const file = await readChanges(journal, join(paths.history, name), name);
    if (file) segments.push(file);
  }
  const live = await readChanges(journal, paths.journal, 'journal.ndjson');
  if ([...segments, live].some((f) => f?.read.newer)) throw new AppError('file-from-newer-version');

  // Every change that reads correctly, by number (a crash can leave one in two files).
  const pool = new Map<number, JournalEntry<C>>();
  for (const file of [...segments, ...(live ? [live] : [])])
    for (const entry of file.read.entries) if (!pool.has(entry.seq)) pool.set(entry.seq, entry);

  const bases = await readableBases(kind, paths);
  let best: { base: Base<D>; document: D; seq: number; at: string | null } | null = null;
  for (const base of bases) {
    const replayed = replayFrom(kind, base.document, pool);
    if (!best || replayed.seq > best.seq) best = { base, ...replayed };
  }
  if (!best) throw new AppError('file-corrupt', 'No copy of this portfolio could be read.');
  const through = best.seq;

  const later = [...pool.values()].filter((e) => e.seq > through).sort((a, b) => a.seq - b.seq);
  // Lines after the first damage in each file, and a history segment cut short (segments are
  // closed files: unlike the live journal, a cut tail there is damage, not a torn append).
  const unreadableLines = [...segments, ...(live ? [live] : [])].reduce(
    (sum, f) =>
      sum +
      (f.read.damage ? f.lines - f.read.entries.length : 0) +
      (f !== live && !f.read.damage && f.read.droppedTailBytes > 0 ? 1 : 0),
    0,
  );

  // 1. Keep every file about to be replaced or left out, exactly as it is.
  const keep = join(paths.damaged, now.toISOString().replace(/[-:.]/g, ''));
  const toKeep: { path: string; name: string }[] = [];
  const snapshotBytes = await readFile(paths.snapshot).catch(() => null);
  if (snapshotBytes && best.base.kind === 'backup')
    toKeep.push({ path: paths.snapshot, name: basename(paths.snapshot) });
  if (live && live.lines > 0) toKeep.push({ path: live.path, name: live.name });
  const segmentsToRewrite = segments.filter(
    (s) => s.read.damage !== null || s.read.entries.some((e) => e.seq > through),
  );
  for (const s of segmentsToRewrite) toKeep.push({ path: s.path, name: join('history', s.name) });
  if (toKeep.length > 0) {
    await mkdir(join(keep, 'history'), { recursive: true });
    for (const file of toKeep)
      await writeFileDurably(join(keep, file.name), await readFile(file.path));
  }

  // 2. The history holds exactly changes 1..through: cut damaged or later segments back, and
  //    move the live journal's part into a segment of its own.
  await mkdir(paths.history, { recursive: true });
  const inHistory = new Set<number>();
  for (const s of segments.filter((s) => !segmentsToRewrite.includes(s)))
    for (const e of s.read.entries) inHistory.add(e.seq);
  for (const s of segmentsToRewrite) {
    const kept = s.read.entries.filter((e) => e.seq <= through && !inHistory.has(e.seq));
    // The part to keep is written before the old segment goes (its copy is already kept).
    const written = kept.length > 0 ? await writeSegment(paths, kept, inHistory) : null;
    if (written !== s.name) await rm(s.path, { force: true });
  }
  const liveKept = (live?.read.entries ?? []).filter(
    (e) => e.seq <= through && !inHistory.has(e.seq),
  );
  if (liveKept.length > 0) await writeSegment(paths, liveKept, inHistory);
  await syncFolder(paths.history);

  // 3. The rebuilt snapshot, then an empty journal: opening now needs nothing else.
  await new SnapshotFile(paths.snapshot, kind).write(kind.withJournalSeq(best.document, through));
  await writeFileDurably(paths.journal, '');

  return {
    problem,
    base:
      best.base.kind === 'backup' ? { kind: 'backup', name: best.base.name } : { kind: 'snapshot' },
    recoveredThrough: { seq: through, at: best.at ?? kind.updatedAt(best.document) },
    lost: {
      changes: later.length,
      unreadableLines,
      firstAt: later[0]?.at ?? null,
      lastAt: later.at(-1)?.at ?? null,
    },
    keptDamagedAt: toKeep.length > 0 ? keep : null,
  };
}

/** Writes `entries` as one history segment; returns its name. */
async function writeSegment(
  paths: StorePaths,
  entries: JournalEntry[],
  inHistory: Set<number>,
): Promise<string> {
  const name = segmentName(entries[0]?.seq ?? 0, entries.at(-1)?.seq ?? 0);
  await writeFileDurably(join(paths.history, name), entries.map(encodeEntry).join(''));
  for (const e of entries) inHistory.add(e.seq);
  return name;
}

/** The snapshot if it reads, then every backup that reads, newest first. */
async function readableBases<D>(
  kind: DocumentKind<D, unknown>,
  paths: StorePaths,
  limit = Number.POSITIVE_INFINITY,
): Promise<Base<D>[]> {
  const bases: Base<D>[] = [];
  const candidates = [
    { kind: 'snapshot' as const, name: basename(paths.snapshot), path: paths.snapshot },
    ...(await listBackups(paths.backups)).map((name) => ({
      kind: 'backup' as const,
      name,
      path: join(paths.backups, name),
    })),
  ];
  for (const candidate of candidates) {
    if (bases.length >= limit) break;
    try {
      const text = await readFile(candidate.path, 'utf8');
      bases.push({ ...candidate, document: loadSnapshotText(kind, text, candidate.path).document });
    } catch {
      // Missing, damaged or unreadable: try the next copy.
    }
  }
  return bases;
}

/** Applies the pool's changes after the base's own, one by one, until one is missing or fails. */
function replayFrom<D, C>(
  kind: DocumentKind<D, C>,
  base: D,
  pool: Map<number, JournalEntry<C>>,
): { document: D; seq: number; at: string | null } {
  let document = base;
  let seq = kind.journalSeq(base);
  let at: string | null = null;
  for (;;) {
    const entry = pool.get(seq + 1);
    if (!entry) break;
    const result = kind.apply(document, entry.change, entry.at);
    if (!result.ok) break;
    document = result.document;
    seq = entry.seq;
    at = entry.at;
  }
  return { document, seq, at };
}

/** The newest copy of the document that reads (snapshot, then backups), to name it in a list. */
export async function newestReadableCopy<D>(
  kind: DocumentKind<D, unknown>,
  paths: StorePaths,
): Promise<D | null> {
  return (await readableBases(kind, paths, 1))[0]?.document ?? null;
}
