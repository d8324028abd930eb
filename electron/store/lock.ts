import { open, readFile, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { AppError } from '../../shared/errors';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

/** Locks this process holds now; a lock naming this process but not listed here was left behind. */
const held = new Set<string>();

/** A lock file still empty after this long was left by a process that died while creating it. */
const EMPTY_LOCK_GRACE_MS = 10_000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One writer per portfolio: a lock file created exclusively (`wx`), naming the process that holds
 * it. The desktop app, a second window or the browser harness opening the same portfolio get a
 * clear "open elsewhere" error instead of two writers corrupting one journal. A lock left by a
 * process that has died on this machine is stale and is taken over; a lock from another machine
 * (a synced folder) is respected, since we cannot tell whether that process still runs.
 */
export class PortfolioLock {
  private constructor(
    private readonly path: string,
    private readonly owner: LockOwner,
  ) {}

  static async acquire(path: string, now: Date): Promise<PortfolioLock> {
    const owner: LockOwner = { pid: process.pid, host: hostname(), since: now.toISOString() };
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        const handle = await open(path, 'wx', 0o600);
        try {
          await handle.writeFile(JSON.stringify(owner));
          await handle.sync();
        } finally {
          await handle.close();
        }
        held.add(path);
        return new PortfolioLock(path, owner);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new AppError('storage-failed', `Could not create ${path}: ${String(error)}`);
        }
        if (!(await isStale(path, owner))) throw new AppError('portfolio-locked');
        await rm(path, { force: true });
      }
    }
    throw new AppError('portfolio-locked');
  }

  /** Removes the lock, but only while it is still ours (never another process's). */
  async release(): Promise<void> {
    held.delete(this.path);
    const holder = await readOwner(this.path);
    if (holder?.pid === this.owner.pid && holder.since === this.owner.since)
      await rm(this.path, { force: true });
  }
}

async function isStale(path: string, me: LockOwner): Promise<boolean> {
  const holder = await readOwner(path);
  if (holder === null) {
    // Empty or half-written: its creator may be writing it right now, so wait before taking over.
    const age = await stat(path).then(
      (s) => Date.now() - s.mtimeMs,
      () => Number.POSITIVE_INFINITY,
    );
    return age > EMPTY_LOCK_GRACE_MS;
  }
  if (holder.host !== me.host) return false;
  if (holder.pid === process.pid) return !held.has(path);
  return !isAlive(holder.pid);
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const value = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
    return typeof value.pid === 'number' && typeof value.host === 'string'
      ? { pid: value.pid, host: value.host, since: String(value.since) }
      : null;
  } catch {
    // An empty or half-written lock file: its writer died while creating it.
    return null;
  }
}
