import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every entry under a folder, recursively, with nothing left out: each file's path and the
 * SHA-256 of its bytes, each folder and each symbolic link (by its target). Two snapshots are
 * equal exactly when the folder's tree and every byte in it are the same.
 *
 * Synchronous on purpose: the fuzz test takes one before and after thousands of calls, and the
 * synchronous reads are several times quicker for many small files.
 */
export type FolderSnapshot = Map<string, string>;

export function snapshotFolder(root: string): FolderSnapshot {
  const entries: FolderSnapshot = new Map();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      const name = relative(root, full);
      if (entry.isDirectory()) {
        entries.set(name, 'folder');
        walk(full);
      } else if (entry.isSymbolicLink()) {
        entries.set(name, `link to ${readlinkSync(full)}`);
      } else if (entry.isFile()) {
        entries.set(name, createHash('sha256').update(readFileSync(full)).digest('hex'));
      } else {
        entries.set(name, 'other');
      }
    }
  };
  walk(root);
  return entries;
}

/** What differs between two snapshots, as `added|removed|changed <path>` lines (empty: identical). */
export function snapshotDifferences(before: FolderSnapshot, after: FolderSnapshot): string[] {
  const differences: string[] = [];
  for (const [name, hash] of before) {
    const now = after.get(name);
    if (now === undefined) differences.push(`removed ${name}`);
    else if (now !== hash) differences.push(`changed ${name}`);
  }
  for (const name of after.keys()) if (!before.has(name)) differences.push(`added ${name}`);
  return differences.sort();
}
