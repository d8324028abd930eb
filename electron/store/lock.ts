import { randomBytes } from 'node:crypto';
import { link, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../../shared/errors';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

/**
 * Lock paths this process holds or is taking right now. A path is claimed synchronously, before
 * the first await, so two opens of one portfolio in one process can never both get past here.
 */
const claimed = new Set<string>();

/** Leftover lock temp files (from a process killed while taking a lock) older than this go. */
const LEFTOVER_AGE_MS = 60_000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const errno = (error: unknown) => (error as NodeJS.ErrnoException).code ?? '';

/**
 * One writer per portfolio, in one process or many. The lock file names the process that holds
 * it and is published atomically: its contents are written and flushed to a temp file first,
 * then hard-linked to `lock` (link fails if `lock` exists), so no one ever sees a half-written
 * lock. The desktop app, a second window or the browser harness opening the same portfolio get
 * a clear "open elsewhere" error instead of two writers corrupting one journal.
 *
 * A lock is stale, and taken over, when it is empty or unreadable (only a crash of an older
 * version, or of the no-hard-link fallback, leaves one), or names a dead process on this
 * machine, or this process without holding it. A lock from another machine (a synced folder) is
 * respected, since we cannot tell whether that process still runs. Taking over renames the stale
 * lock aside first and checks it is still the one judged stale, so two processes taking over at
 * once cannot both win.
 */
export class PortfolioLock {
  private released = false;

  private constructor(
    private readonly path: string,
    private readonly text: string,
  ) {}

  static async acquire(lockPath: string, now: Date): Promise<PortfolioLock> {
    const path = resolve(lockPath);
    if (claimed.has(path)) throw new AppError('portfolio-locked');
    claimed.add(path);
    try {
      const owner: LockOwner = { pid: process.pid, host: hostname(), since: now.toISOString() };
      const text = JSON.stringify(owner);
      for (let attempt = 0; attempt < 3; attempt += 1) {
        if (await publish(path, text)) return new PortfolioLock(path, text);
        const holder = await readLockText(path);
        if (holder === undefined) continue; // gone between the two steps: try again
        if (!isStale(holder)) throw new AppError('portfolio-locked');
        if (!(await takeOver(path, holder))) throw new AppError('portfolio-locked');
      }
      throw new AppError('portfolio-locked');
    } catch (error) {
      claimed.delete(path);
      throw error;
    }
  }

  /**
   * Lets go of the lock as a killed process would: the file stays behind (and is then stale).
   * Only crash tests use this, to play a dead process inside one test process.
   */
  abandon(): void {
    this.released = true;
    claimed.delete(this.path);
  }

  /** Removes the lock, but only while it is still ours (never another process's). */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    try {
      if ((await readLockText(this.path)) === this.text) await rm(this.path, { force: true });
    } finally {
      claimed.delete(this.path);
    }
  }
}

/** Puts `text` in place as the lock, atomically; false when a lock is already there. */
async function publish(path: string, text: string): Promise<boolean> {
  const temp = join(
    dirname(path),
    `${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    await writeSynced(temp, text, 'wx');
    try {
      await link(temp, path);
      return true;
    } catch (error) {
      if (errno(error) === 'EEXIST') return false;
      if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'].includes(errno(error)))
        throw error;
      // A file system without hard links (FAT on a USB stick): exclusive create instead.
      try {
        await writeSynced(path, text, 'wx');
        return true;
      } catch (fallbackError) {
        if (errno(fallbackError) === 'EEXIST') return false;
        throw fallbackError;
      }
    }
  } catch (error) {
    throw new AppError('storage-failed', `Could not create ${path}: ${String(error)}`);
  } finally {
    await rm(temp, { force: true }).catch(() => undefined);
  }
}

async function writeSynced(path: string, text: string, flags: 'wx'): Promise<void> {
  const handle = await open(path, flags, 0o600);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The lock's text; undefined when there is no lock. */
async function readLockText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (errno(error) === 'ENOENT') return undefined;
    throw new AppError('storage-failed', `Could not read ${path}: ${String(error)}`);
  }
}

function parseOwner(text: string): LockOwner | null {
  try {
    const value = JSON.parse(text) as Partial<LockOwner> | null;
    return typeof value?.pid === 'number' && typeof value.host === 'string'
      ? { pid: value.pid, host: value.host, since: String(value.since) }
      : null;
  } catch {
    return null;
  }
}

function isStale(text: string): boolean {
  const holder = parseOwner(text);
  // Locks are published whole, so an empty or unreadable one was left by a crash.
  if (holder === null) return true;
  if (holder.host !== hostname()) return false;
  // `claimed` already holds this path for the caller, so this process's own lock is stale
  // only if it was left behind by a store of ours that was never closed (a test, a crash).
  if (holder.pid === process.pid) return true;
  return !isAlive(holder.pid);
}

/**
 * Moves a stale lock aside and removes it, but only if what was moved is the very lock judged
 * stale; a fresh lock someone else took in between is put back. True when the lock is gone.
 */
async function takeOver(path: string, staleText: string): Promise<boolean> {
  const aside = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.stale`;
  try {
    await rename(path, aside);
  } catch (error) {
    if (errno(error) === 'ENOENT') return true;
    throw new AppError('storage-failed', `Could not take over ${path}: ${String(error)}`);
  }
  const moved = await readFile(aside, 'utf8').catch(() => undefined);
  if (moved === staleText) {
    await rm(aside, { force: true });
    return true;
  }
  // Someone published a fresh lock between our read and our rename: give it back. (If a third
  // process has taken the name meanwhile, the moved lock stays aside rather than be deleted.)
  if (
    await link(aside, path).then(
      () => true,
      () => false,
    )
  )
    await rm(aside, { force: true });
  return false;
}

/** Removes lock temp files left by processes killed while taking or taking over a lock. */
export async function removeLockLeftovers(lockPath: string, now: Date): Promise<void> {
  const folder = dirname(lockPath);
  const prefix = `${basename(lockPath)}.`;
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix) || !/\.(tmp|stale)$/.test(name)) continue;
    const path = join(folder, name);
    // Named `lock.<pid>.<random>.tmp|stale`: a dead writer's file can go at once, any other
    // once it is old enough that no lock attempt can still be using it.
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    const age = await stat(path).then(
      (s) => now.getTime() - s.mtimeMs,
      () => 0,
    );
    const dead = Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isAlive(pid);
    if (dead || age > LEFTOVER_AGE_MS) await rm(path, { force: true }).catch(() => undefined);
  }
}
