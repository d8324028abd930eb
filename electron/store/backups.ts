import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { writeFileDurably } from './durable-write';

/** How many of the most recent snapshots are kept, and for how many days one a day is kept. */
export const BACKUP_POLICY = { recent: 10, dailyDays: 14 } as const;

/** `<kind>-<UTC time>.json`, e.g. `portfolio-20270303T140210123Z.json`. */
const NAME = /^[a-z][a-z-]*-(\d{8})T\d{6}\d{3}Z\.json$/;

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:.]/g, '');
}

/**
 * Rolling backups of the snapshot, taken just before each compaction replaces it: the last ten,
 * plus the first of each day for a fortnight. With the journal's history kept beside them, any
 * backup plus the later history rebuilds the portfolio exactly.
 */
export async function backUpSnapshot(
  snapshotPath: string,
  folder: string,
  now: Date,
): Promise<void> {
  await mkdir(folder, { recursive: true });
  let bytes: Buffer;
  try {
    bytes = await readFile(snapshotPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  // Written whole or not at all (temp file, flush, rename): a backup cut short by a crash would
  // look like a real one.
  const kind = basename(snapshotPath, '.json');
  await writeFileDurably(join(folder, `${kind}-${stamp(now)}.json`), bytes);
  await prune(folder, now);
}

/** Backup file names, newest first. */
export async function listBackups(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder))
      .filter((n) => NAME.test(n))
      .sort()
      .reverse();
  } catch {
    return [];
  }
}

async function prune(folder: string, now: Date): Promise<void> {
  const names = await listBackups(folder);
  const keep = new Set(names.slice(0, BACKUP_POLICY.recent));
  const oldestDay = stamp(new Date(now.getTime() - BACKUP_POLICY.dailyDays * 86_400_000)).slice(
    0,
    8,
  );
  const firstOfDay = new Map<string, string>();
  for (const name of [...names].reverse()) {
    const day = NAME.exec(name)?.[1] ?? '';
    if (day >= oldestDay && !firstOfDay.has(day)) firstOfDay.set(day, name);
  }
  for (const name of firstOfDay.values()) keep.add(name);
  await Promise.all(
    names.filter((n) => !keep.has(n)).map((n) => rm(join(folder, n), { force: true })),
  );
}
