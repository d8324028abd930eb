import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** The files of one portfolio folder. */
export interface StorePaths {
  folder: string;
  snapshot: string;
  journal: string;
  history: string;
  backups: string;
  damaged: string;
  lock: string;
}

/** The files of a store folder holding a document of kind `name` (e.g. `portfolio`). */
export function storePaths(folder: string, name = 'portfolio'): StorePaths {
  return {
    folder,
    snapshot: join(folder, `${name}.json`),
    journal: join(folder, 'journal.ndjson'),
    history: join(folder, 'history'),
    backups: join(folder, 'backups'),
    damaged: join(folder, 'damaged'),
    lock: join(folder, 'lock'),
  };
}

/** History segment names: `<first change>-<last change>.ndjson`, nine digits each. */
export const SEGMENT_NAME = /^(\d{9})-(\d{9})\.ndjson$/;

export function segmentName(first: number, last: number): string {
  return `${String(first).padStart(9, '0')}-${String(last).padStart(9, '0')}.ndjson`;
}

/** The history segments, oldest first. */
export async function listSegments(paths: StorePaths): Promise<string[]> {
  try {
    return (await readdir(paths.history)).filter((n) => SEGMENT_NAME.test(n)).sort();
  } catch {
    return [];
  }
}

/** Temp files of `writeFileDurably` (`.<name>.<12 hex>.tmp`). */
const DURABLE_TEMP = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes the temp files of writes that a crash cut short (a snapshot, backup or damaged copy
 * that was never renamed into place). Only while the portfolio's lock is held, so no write of
 * another process can be in flight.
 */
export async function removeWriteLeftovers(paths: StorePaths): Promise<number> {
  let removed = 0;
  for (const folder of [paths.folder, paths.backups, paths.damaged, paths.history]) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names.filter((n) => DURABLE_TEMP.test(n))) {
      await rm(join(folder, name), { force: true }).catch(() => undefined);
      removed += 1;
    }
  }
  return removed;
}
