import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces `path` with `contents` so that after a crash or power cut the file holds either the
 * old bytes or the new ones, never a mix, a truncation or zeros:
 *
 * 1. write a temp file with a unique name in the same folder (two writers never share one),
 * 2. fsync it, so its bytes are on disk before its name is,
 * 3. rename it over the target (atomic on one file system),
 * 4. fsync the folder, so the rename itself survives a power cut.
 *
 * lowdb's default writer (steno) skips steps 2 and 4 and reuses one temp name, which is why its
 * users have found files full of NUL bytes after power cuts.
 */
export async function writeFileDurably(path: string, contents: string | Uint8Array): Promise<void> {
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(contents);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/** Makes a rename or a new file in `folder` durable. Windows cannot open folders; NTFS journals renames. */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
