import { mkdir, readdir, readFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Low } from 'lowdb';
import type { Change } from '../../shared/domain/changes';
import { applyChange, changeSubject } from '../../shared/domain/changes';
import { AppError } from '../../shared/errors';
import type { HistoryItem } from '../../shared/history';
import type { Portfolio } from '../../shared/schemas/portfolio';
import { portfolioSchema } from '../../shared/schemas/portfolio';
import { backUpSnapshot, listBackups } from './backups';
import { syncFolder, writeFileDurably } from './durable-write';
import type { JournalEntry } from './journal';
import { encodeCheckedEntry, JournalWriter, readJournal } from './journal';
import { PortfolioLock } from './lock';
import { loadSnapshotText, SnapshotFile } from './snapshot-file';

/** Compaction folds the journal into a new snapshot after this many changes (and at open/close). */
export const COMPACT_EVERY = 500;

export interface StorePaths {
  folder: string;
  snapshot: string;
  journal: string;
  history: string;
  backups: string;
  damaged: string;
  lock: string;
}

export function storePaths(folder: string): StorePaths {
  return {
    folder,
    snapshot: join(folder, 'portfolio.json'),
    journal: join(folder, 'journal.ndjson'),
    history: join(folder, 'history'),
    backups: join(folder, 'backups'),
    damaged: join(folder, 'damaged'),
    lock: join(folder, 'lock'),
  };
}

export interface StoreOptions {
  now?: () => Date;
  compactEvery?: number;
}

function storageError(what: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const why =
    code === 'ENOSPC'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'the folder cannot be written to'
        : String(error);
  return new AppError('storage-failed', `${what}: ${why}`);
}

/**
 * One open portfolio: a lowdb snapshot plus the journal of changes since, and the only way to
 * change it. Every change is validated by the pure domain (`applyChange`), made durable as one
 * journal line (write + fdatasync), and only then swapped into memory and acknowledged — so a
 * failure at any step leaves memory and disk exactly as they were.
 */
export class PortfolioStore {
  private seq: number;
  private snapshotSeq: number;
  /** The first change in the live journal (null while it is empty). */
  private liveFirstSeq: number | null;
  private queue: Promise<unknown> = Promise.resolve();
  private broken = false;

  private constructor(
    readonly paths: StorePaths,
    private readonly db: Low<Portfolio>,
    private journal: JournalWriter,
    private readonly lock: PortfolioLock,
    private readonly now: () => Date,
    private readonly compactEvery: number,
    seq: number,
    snapshotSeq: number,
    liveFirstSeq: number | null,
  ) {
    this.seq = seq;
    this.snapshotSeq = snapshotSeq;
    this.liveFirstSeq = liveFirstSeq;
  }

  /** Creates a new portfolio folder holding `portfolio` and opens it. */
  static async create(
    folder: string,
    portfolio: Portfolio,
    options: StoreOptions = {},
  ): Promise<PortfolioStore> {
    const paths = storePaths(folder);
    try {
      await mkdir(folder, { recursive: true });
      // The new folder's name must survive a power cut too, not only the files inside it.
      await syncFolder(dirname(folder));
      await new SnapshotFile(paths.snapshot).write(
        portfolioSchema.parse({ ...portfolio, journalSeq: 0 }),
      );
    } catch (error) {
      throw storageError('Could not create the portfolio', error);
    }
    return PortfolioStore.open(folder, options);
  }

  /**
   * Opens a portfolio: takes the lock, reads and migrates the snapshot, replays the journal after
   * it (dropping a torn last line), validates the whole document, then compacts so the next open
   * is quick. A damaged or newer file is reported and never written.
   */
  static async open(folder: string, options: StoreOptions = {}): Promise<PortfolioStore> {
    const now = options.now ?? (() => new Date());
    const paths = storePaths(folder);
    const lock = await PortfolioLock.acquire(paths.lock, now());
    let journal: JournalWriter | undefined;
    try {
      const adapter = new SnapshotFile(paths.snapshot);
      const snapshot = await adapter.read();
      if (!snapshot) throw new AppError('portfolio-not-found');
      const replayed = await replay(snapshot, paths, snapshot.journalSeq ?? 0);
      const db = new Low<Portfolio>(adapter, replayed.portfolio);
      journal = await JournalWriter.open(paths.journal, replayed.validLength);
      await syncFolder(folder);
      const store = new PortfolioStore(
        paths,
        db,
        journal,
        lock,
        now,
        options.compactEvery ?? COMPACT_EVERY,
        replayed.seq,
        snapshot.journalSeq ?? 0,
        replayed.liveFirstSeq,
      );
      if (adapter.migrated.length > 0 || replayed.seq > store.snapshotSeq) {
        // Tidying on open is a convenience (a quicker next open) unless a migration must be
        // written; a failure otherwise leaves the journal in charge, and the portfolio opens.
        await store.compact({ force: adapter.migrated.length > 0 }).catch((error: unknown) => {
          if (adapter.migrated.length > 0) throw error;
        });
      }
      return store;
    } catch (error) {
      await journal?.close().catch(() => undefined);
      await lock.release();
      throw error;
    }
  }

  get data(): Portfolio {
    return this.db.data;
  }

  /** Applies one change durably; resolves with the new portfolio once it is safe on disk. */
  apply(change: Change, author: { by: string; reason?: string }): Promise<Portfolio> {
    return this.serialised(async () => {
      if (this.broken || this.journal.damaged) throw new AppError('storage-failed');
      const at = this.now().toISOString();
      const result = applyChange(this.db.data, change, at);
      if (!result.ok) {
        throw new AppError(
          result.code,
          undefined,
          result.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        );
      }
      const applied = result.change;
      const entry: JournalEntry = {
        seq: this.seq + 1,
        at,
        by: author.by,
        reason: author.reason ?? (applied.type === 'record-amend' ? applied.reason : null),
        change: applied,
        before: recordBefore(this.db.data, applied),
      };
      const line = encodeCheckedEntry(entry);
      try {
        await this.journal.append(line);
      } catch (error) {
        throw storageError('Your change could not be saved', error);
      }
      this.liveFirstSeq ??= entry.seq;
      this.seq = entry.seq;
      this.db.data = result.portfolio;
      if (this.seq - this.snapshotSeq >= this.compactEvery) {
        // After the acknowledgement: a failed compaction loses nothing, the journal still holds it.
        void this.serialised(() => this.compact()).catch(() => undefined);
      }
      return result.portfolio;
    });
  }

  /**
   * Folds the journal into a new snapshot: back up the old snapshot, write the new one durably,
   * then move the journal into `history/` (never deleted: it is the portfolio's history).
   */
  async compact(options: { force?: boolean } = {}): Promise<void> {
    // `force` rewrites the snapshot even with no new changes: after a migration on open.
    if (this.seq === this.snapshotSeq && !options.force) return;
    // A backup that cannot be taken (a full disk, a file held by antivirus) must not stop the
    // portfolio being saved: the journal and history still hold every change.
    await backUpSnapshot(this.paths.snapshot, this.paths.backups, this.now()).catch(
      () => undefined,
    );
    try {
      // Until the new snapshot is in place nothing is lost if this fails: the journal is intact.
      this.db.data = { ...this.db.data, journalSeq: this.seq };
      await this.db.write();
    } catch (error) {
      throw storageError('Could not tidy the portfolio files', error);
    }
    if (this.journal.isEmpty) {
      this.snapshotSeq = this.seq;
      return;
    }
    try {
      await mkdir(this.paths.history, { recursive: true });
      await this.journal.close();
      // Named by the changes it really holds, so history reads in order and restores can find them.
      const first = this.liveFirstSeq ?? this.snapshotSeq + 1;
      const segment = join(
        this.paths.history,
        `${String(first).padStart(9, '0')}-${String(this.seq).padStart(9, '0')}.ndjson`,
      );
      await rename(this.paths.journal, segment);
      await syncFolder(this.paths.history);
      this.journal = await JournalWriter.open(this.paths.journal, 0);
      await syncFolder(this.paths.folder);
      this.snapshotSeq = this.seq;
      this.liveFirstSeq = null;
    } catch (error) {
      // The journal is closed or moved half-way: stop writing until the portfolio is reopened
      // (opening replays whatever is where; the snapshot already holds every change).
      this.broken = true;
      throw storageError('Could not tidy the portfolio files', error);
    }
  }

  /** Every change ever made, oldest first: the append-only history. */
  history(recordId?: string): Promise<HistoryItem[]> {
    // In the save queue, so a compaction never moves the journal while it is being read.
    return this.serialised(async () => {
      const entries = await readAllEntries(this.paths);
      return entries
        .map(toHistoryItem)
        .filter((item) => recordId === undefined || item.recordId === recordId);
    });
  }

  async close(): Promise<void> {
    await this.serialised(async () => {
      try {
        if (!this.broken) await this.compact();
      } finally {
        await this.journal.close().catch(() => undefined);
        await this.lock.release();
      }
    });
  }

  private serialised<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function recordBefore(portfolio: Portfolio, change: Change): unknown {
  if (
    change.type === 'record-update-draft' ||
    change.type === 'record-delete-draft' ||
    change.type === 'record-submit'
  ) {
    const id = change.type === 'record-update-draft' ? change.record.id : change.id;
    return (portfolio[change.collection] as { id: string }[]).find((r) => r.id === id);
  }
  if (change.type === 'trainee-update') return portfolio.trainee;
  return undefined;
}

function toHistoryItem(entry: JournalEntry): HistoryItem {
  const { collection, recordId } = changeSubject(entry.change);
  const after =
    'record' in entry.change
      ? entry.change.record
      : 'trainee' in entry.change
        ? entry.change.trainee
        : 'person' in entry.change
          ? entry.change.person
          : null;
  return {
    seq: entry.seq,
    at: entry.at,
    by: entry.by,
    reason: entry.reason,
    action: entry.change.type,
    collection,
    recordId,
    after,
    before: entry.before ?? null,
  };
}

/** History segments whose changes come after `afterSeq` (all of them by default), oldest first. */
async function readHistory(paths: StorePaths, afterSeq = 0): Promise<JournalEntry[]> {
  let names: string[];
  try {
    names = (await readdir(paths.history)).filter((n) => /^\d{9}-\d{9}\.ndjson$/.test(n)).sort();
  } catch {
    return [];
  }
  const entries: JournalEntry[] = [];
  for (const name of names) {
    // The name says which changes a segment holds, so segments already in the snapshot are skipped.
    if (Number(name.slice(10, 19)) <= afterSeq) continue;
    entries.push(...(await readJournal(join(paths.history, name))).entries);
  }
  return entries;
}

/** Every change ever recorded: the history segments, then the live journal. */
async function readAllEntries(paths: StorePaths): Promise<JournalEntry[]> {
  const all = [...(await readHistory(paths)), ...(await readJournal(paths.journal)).entries];
  // A crash between moving the journal and starting a new one can leave a change in two files.
  const seen = new Set<number>();
  return all
    .filter((entry) => !seen.has(entry.seq) && seen.add(entry.seq))
    .sort((a, b) => a.seq - b.seq);
}

/**
 * Replays every change after `fromSeq` onto the snapshot. Normally they are all in the live
 * journal; after a restore from an older backup the first ones are in the history segments.
 * A gap, or a change that no longer applies, means the files were altered: opening stops.
 */
async function replay(
  snapshot: Portfolio,
  paths: StorePaths,
  fromSeq: number,
): Promise<{
  portfolio: Portfolio;
  seq: number;
  validLength: number;
  liveFirstSeq: number | null;
}> {
  const live = await readJournal(paths.journal);
  const firstLive = live.entries[0]?.seq ?? Number.POSITIVE_INFINITY;
  const earlier =
    firstLive > fromSeq + 1
      ? (await readHistory(paths, fromSeq)).filter((e) => e.seq < firstLive)
      : [];
  let portfolio = snapshot;
  let seq = fromSeq;
  for (const entry of [...earlier, ...live.entries]) {
    if (entry.seq <= seq) continue;
    if (entry.seq !== seq + 1)
      throw new AppError('file-corrupt', `Change ${seq + 1} is missing from the history.`);
    const result = applyChange(portfolio, entry.change, entry.at);
    if (!result.ok)
      throw new AppError('file-corrupt', `Change ${entry.seq} in the history no longer applies.`);
    portfolio = result.portfolio;
    seq = entry.seq;
  }
  // Changes at or before the snapshot can sit in the live journal after a crash mid-compaction;
  // the live journal's first line is what names its history segment later.
  return {
    portfolio,
    seq,
    validLength: live.validLength,
    liveFirstSeq: live.entries[0]?.seq ?? null,
  };
}

/**
 * Recovery for a snapshot that will not load: the damaged file is moved aside into `damaged/`
 * (never overwritten or deleted), the newest backup that loads becomes the snapshot, and opening
 * replays the history after it. Returns where the damaged file was kept and which backup was used.
 */
export async function restoreNewestBackup(
  folder: string,
  now: Date,
): Promise<{ keptDamagedAt: string; backup: string }> {
  const paths = storePaths(folder);
  const lock = await PortfolioLock.acquire(paths.lock, now);
  try {
    for (const name of await listBackups(paths.backups)) {
      const path = join(paths.backups, name);
      let backup: Portfolio;
      try {
        backup = loadSnapshotText(await readFile(path, 'utf8'), path).portfolio;
        // Only a backup onto which the whole history since replays is any use.
        await replay(backup, paths, backup.journalSeq ?? 0);
      } catch (error) {
        if (error instanceof AppError) continue;
        throw storageError('Could not read the backup', error);
      }
      try {
        // Keep a copy of the damaged file first (flushed), then replace the snapshot atomically:
        // at no moment is there no snapshot at all.
        await mkdir(paths.damaged, { recursive: true });
        const keptDamagedAt = join(
          paths.damaged,
          `portfolio-${now.toISOString().replace(/[-:.]/g, '')}.json`,
        );
        const damaged = await readFile(paths.snapshot).catch(() => Buffer.alloc(0));
        await writeFileDurably(keptDamagedAt, damaged);
        await new SnapshotFile(paths.snapshot).write(backup);
        return { keptDamagedAt, backup: name };
      } catch (error) {
        throw storageError('Could not restore the backup', error);
      }
    }
    throw new AppError('file-corrupt', 'No backup of this portfolio could be read.');
  } finally {
    await lock.release();
  }
}
