import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { AppError } from '../../shared/errors';
import { fieldIssues } from '../../shared/field-issues';
import { backUpSnapshot } from './backups';
import type { DocumentKind } from './document-kind';
import { syncFolder, writeFileDurably } from './durable-write';
import { inspectDocument } from './inspect';
import type { JournalCodec, JournalEntry } from './journal';
import { journalCodec, JournalWriter } from './journal';
import { PortfolioLock, removeLockLeftovers } from './lock';
import { SnapshotFile } from './snapshot-file';
import type { StorePaths } from './store-files';
import {
  listSegments,
  removeWriteLeftovers,
  SEGMENT_NAME,
  segmentName,
  storePaths,
} from './store-files';

/** Compaction folds the journal into a new snapshot after this many changes (and at open/close). */
export const COMPACT_EVERY = 500;

/** The steps of the store a crash can interrupt, in the order they happen. */
export type StoreStep = 'lock' | 'open' | 'save' | 'rotate' | 'snapshot';

export interface StoreOptions {
  now?: () => Date;
  compactEvery?: number;
  /** Told as each step starts (synchronously): the crash test counts where its kills land. */
  onStep?: (step: StoreStep) => void;
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

/** Who makes a change, and why: the acting person, as the caller says. */
export interface Author {
  by: string;
  reason?: string | null;
}

/**
 * One open document of any kind (see `DocumentKind`): a lowdb snapshot plus the journal of
 * changes since, and the only way to change it. Every change is validated by the kind's pure
 * domain (`kind.apply`), made durable as one
 * journal line (write + fdatasync), and only then swapped into memory and acknowledged — so a
 * failure at any step leaves memory and disk exactly as they were.
 *
 * Compaction never sits on a save's acknowledgement. Every `compactEvery` changes the journal is
 * rotated into `history/` (copied into a flushed segment, then emptied, in the save queue), and the new
 * snapshot is written afterwards, outside the queue, while saves go on into the fresh journal.
 * Until that snapshot is in place, opening replays the rotated segment from `history/`.
 */
export class DocumentStore<D, C> {
  private seq: number;
  /** The last change the snapshot file on disk holds. */
  private snapshotSeq: number;
  /** The last change a compaction has been started for (the snapshot catches up to it). */
  private compactedSeq: number;
  /** The first change in the live journal (null while it is empty). */
  private liveFirstSeq: number | null;
  private queue: Promise<unknown> = Promise.resolve();
  /** Snapshot writes, one at a time and in order, outside the save queue. */
  private snapshots: Promise<unknown> = Promise.resolve();
  private broken = false;

  private constructor(
    private readonly kind: DocumentKind<D, C>,
    private readonly codec: JournalCodec<C>,
    readonly paths: StorePaths,
    private readonly db: Low<D>,
    private journal: JournalWriter,
    private readonly lock: PortfolioLock,
    private readonly now: () => Date,
    private readonly compactEvery: number,
    private readonly onStep: StoreOptions['onStep'],
    seq: number,
    snapshotSeq: number,
    liveFirstSeq: number | null,
  ) {
    this.seq = seq;
    this.snapshotSeq = snapshotSeq;
    this.compactedSeq = snapshotSeq;
    this.liveFirstSeq = liveFirstSeq;
  }

  /** Creates a new folder holding `document` and opens it. */
  static async create<D, C>(
    kind: DocumentKind<D, C>,
    folder: string,
    document: D,
    options: StoreOptions = {},
  ): Promise<DocumentStore<D, C>> {
    const paths = storePaths(folder, kind.name);
    try {
      await mkdir(folder, { recursive: true });
      // The new folder's name must survive a power cut too, not only the files inside it.
      await syncFolder(dirname(folder));
      await new SnapshotFile(paths.snapshot, kind).write(
        kind.validate(kind.withJournalSeq(document, 0)),
      );
    } catch (error) {
      throw storageError(`Could not create the ${kind.name}`, error);
    }
    return DocumentStore.open(kind, folder, options);
  }

  /**
   * Opens a document: takes the lock, removes leftovers of writes a crash cut short, reads the
   * snapshot (checksum, migrations, validation) and replays the changes after it. Damage of any
   * kind stops the open and changes nothing (recovery is a separate, explicit step). A newer
   * file is refused and never written. A migrated or unsealed snapshot is written back once.
   */
  static async open<D, C>(
    kind: DocumentKind<D, C>,
    folder: string,
    options: StoreOptions = {},
  ): Promise<DocumentStore<D, C>> {
    const now = options.now ?? (() => new Date());
    const paths = storePaths(folder, kind.name);
    const codec = journalCodec(kind.changeSchema);
    options.onStep?.('lock');
    const lock = await PortfolioLock.acquire(paths.lock, now());
    options.onStep?.('open');
    let journal: JournalWriter | undefined;
    try {
      await removeLockLeftovers(paths.lock, now());
      await removeWriteLeftovers(paths);
      const inspection = await inspectDocument(kind, codec, paths);
      if (!inspection.ok) throw new AppError(inspection.code, inspection.detail);
      const state = inspection.state;
      const db = new Low<D>(new SnapshotFile(paths.snapshot, kind), state.document);
      // A crash between writing a history segment and emptying the journal leaves the journal
      // holding exactly that segment's changes: they are safe in history, so it starts empty.
      const historyLast = Math.max(
        0,
        ...(await listSegments(paths)).map((n) => Number(SEGMENT_NAME.exec(n)?.[2] ?? 0)),
      );
      const alreadyInHistory = state.liveLastSeq !== null && state.liveLastSeq <= historyLast;
      journal = await JournalWriter.open(paths.journal, alreadyInHistory ? 0 : state.validLength);
      await syncFolder(folder);
      const store = new DocumentStore(
        kind,
        codec,
        paths,
        db,
        journal,
        lock,
        now,
        options.compactEvery ?? COMPACT_EVERY,
        options.onStep,
        state.seq,
        state.snapshotSeq,
        alreadyInHistory ? null : state.liveFirstSeq,
      );
      const migrated = state.upgrades.some((u) => u !== 'seal');
      if (state.upgrades.length > 0 || state.seq > state.snapshotSeq) {
        // Tidying on open is a convenience (a quicker next open) unless a migration must be
        // written; a failure otherwise leaves the journal in charge, and the portfolio opens.
        await store.compact({ force: state.upgrades.length > 0 }).catch((error: unknown) => {
          if (migrated) throw error;
        });
      }
      return store;
    } catch (error) {
      await journal?.close().catch(() => undefined);
      await lock.release();
      throw error;
    }
  }

  get data(): D {
    return this.db.data;
  }

  /**
   * Applies one change durably, recording who made it; resolves with the new document and the
   * change as journalled once it is safe on disk.
   */
  async apply(change: C, author: Author): Promise<D> {
    return (await this.applyEntry(change, author)).document;
  }

  /**
   * `apply`, also giving the journal entry as written (the change as accepted, its number and
   * time), so a caller can replay exactly the same change elsewhere — the page does, to stay in
   * step without fetching the whole document again.
   */
  applyEntry(change: C, author: Author): Promise<{ document: D; entry: JournalEntry<C> }> {
    return this.serialised(async () => {
      if (this.broken || this.journal.damaged) throw new AppError('storage-failed');
      const at = this.now().toISOString();
      const result = this.kind.apply(this.db.data, change, at);
      if (!result.ok) {
        throw new AppError(
          result.code,
          undefined,
          fieldIssues(result.issues, { whole: '(change)' }),
        );
      }
      const applied = result.change;
      const entry: JournalEntry<C> = {
        seq: this.seq + 1,
        at,
        by: author.by,
        reason: author.reason ?? this.kind.reason(applied),
        change: applied,
        before: this.kind.before(this.db.data, applied),
      };
      const line = this.codec.encode(entry);
      try {
        this.onStep?.('save');
        await this.journal.append(line);
      } catch (error) {
        throw storageError('Your change could not be saved', error);
      }
      this.liveFirstSeq ??= entry.seq;
      this.seq = entry.seq;
      this.db.data = result.document;
      if (this.seq - this.compactedSeq >= this.compactEvery && !this.rotating) {
        // After the acknowledgement, and never in its way: a failed compaction loses nothing,
        // the journal and history still hold every change.
        this.rotating = true;
        const rotation = this.serialised(() => this.rotate(false));
        void rotation.finally(() => (this.rotating = false)).catch(() => undefined);
        void rotation
          .then((target) => target && this.writeSnapshot(target.document, target.seq))
          .catch(() => undefined);
      }
      return { document: result.document, entry };
    });
  }

  /** A rotation is queued (so the saves before it runs do not queue another). */
  private rotating = false;

  /**
   * Folds the journal into a new snapshot: rotate the live journal into `history/` (in the save
   * queue, a few milliseconds), then back up the old snapshot and write the new one (outside it).
   * Resolves when the snapshot is on disk.
   */
  async compact(options: { force?: boolean } = {}): Promise<void> {
    const target = await this.serialised(() => this.rotate(options.force ?? false));
    if (target) await this.writeSnapshot(target.document, target.seq);
  }

  /** Moves the live journal into `history/` and starts an empty one; returns what to snapshot. */
  private async rotate(force: boolean): Promise<{ document: D; seq: number } | null> {
    if (this.broken) throw new AppError('storage-failed');
    if (this.seq === this.compactedSeq && !force) return null;
    this.onStep?.('rotate');
    const target = { document: this.db.data, seq: this.seq };
    if (this.journal.isEmpty) {
      this.compactedSeq = this.seq;
      return target;
    }
    // The journal's changes are first written whole into a new history segment (flushed, then
    // renamed into place within history/, and that folder flushed), and only then is the
    // journal emptied in place. A change is always reachable under a durable name: moving the
    // journal file across folders would leave, for a moment, a folder flush that records it gone
    // from one folder before the other folder records it arrived.
    let written = false;
    try {
      await mkdir(this.paths.history, { recursive: true });
      // Named by the changes it really holds, so history reads in order and restores find them.
      const first = this.liveFirstSeq ?? this.snapshotSeq + 1;
      const segment = join(this.paths.history, segmentName(first, this.seq));
      await writeFileDurably(segment, await readFile(this.paths.journal));
      written = true;
      await this.journal.reset();
      this.liveFirstSeq = null;
      this.compactedSeq = this.seq;
    } catch (error) {
      // Before the segment is in place nothing has changed; after it, the journal may still hold
      // changes that are also in history (opening reads each once). Either way nothing
      // acknowledged is lost, but stop writing until the portfolio is reopened if the journal
      // could not be emptied.
      if (written) this.broken = true;
      throw storageError('Could not tidy the portfolio files', error);
    }
    return target;
  }

  /** Backs up the old snapshot and writes `document` as the new one, in order, never backwards. */
  private writeSnapshot(document: D, seq: number): Promise<void> {
    const run = this.snapshots.then(async () => {
      if (seq < this.snapshotSeq) return;
      this.onStep?.('snapshot');
      // A backup that cannot be taken (a full disk, a file held by antivirus) must not stop the
      // portfolio being saved: the journal and history still hold every change.
      await backUpSnapshot(this.paths.snapshot, this.paths.backups, this.now()).catch(
        () => undefined,
      );
      try {
        await new SnapshotFile(this.paths.snapshot, this.kind).write(
          this.kind.withJournalSeq(document, seq),
        );
      } catch (error) {
        throw storageError('Could not tidy the portfolio files', error);
      }
      this.snapshotSeq = seq;
    });
    this.snapshots = run.catch(() => undefined);
    return run;
  }

  /** Resolves once every save and every background compaction started so far is on disk. */
  async idle(): Promise<void> {
    await this.serialised(() => Promise.resolve());
    await this.snapshots;
  }

  /** Every change ever made, oldest first: the append-only history. */
  history(): Promise<JournalEntry<C>[]> {
    // In the save queue, so a rotation never moves the journal while it is being read.
    return this.serialised(() => readAllEntries(this.codec, this.paths));
  }

  async close(): Promise<void> {
    try {
      if (!this.broken) await this.compact();
    } finally {
      await this.serialised(async () => {
        await this.snapshots;
        await this.journal.close().catch(() => undefined);
        await this.lock.release();
      });
    }
  }

  /**
   * Stops using this store as a killed process would: files stay exactly as they are, the lock
   * file included (stale from now on). For crash tests that play a dead process in-process.
   */
  async simulateCrash(): Promise<void> {
    this.broken = true;
    await this.journal.close().catch(() => undefined);
    this.lock.abandon();
  }

  private serialised<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** Every change ever recorded: the history segments, then the live journal. */
async function readAllEntries<C>(
  codec: JournalCodec<C>,
  paths: StorePaths,
): Promise<JournalEntry<C>[]> {
  const all: JournalEntry<C>[] = [];
  for (const name of await listSegments(paths)) {
    all.push(...(await codec.read(join(paths.history, name))).entries);
  }
  all.push(...(await codec.read(paths.journal)).entries);
  // A crash between moving the journal and starting a new one can leave a change in two files.
  const seen = new Set<number>();
  return all
    .filter((entry) => !seen.has(entry.seq) && seen.add(entry.seq))
    .sort((a, b) => a.seq - b.seq);
}
