import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { AppError } from '../../shared/errors';
import { sealSnapshot } from '../../shared/format/snapshot-envelope';
import type { DocumentKind } from './document-kind';
import { writeFileDurably } from './durable-write';

export interface LoadedSnapshot<D> {
  document: D;
  /** What must be written back once: migrations run in memory, 'seal' for a missing checksum. */
  upgrades: string[];
}

/** Reads snapshot (or imported) text the kind's one way; throws a coded error naming the file. */
export function loadSnapshotText<D>(
  kind: DocumentKind<D, unknown>,
  text: string,
  path: string,
): LoadedSnapshot<D> {
  const read = kind.read(text);
  if (!read.ok) {
    const first = read.issues[0];
    throw new AppError(
      read.code,
      `${path}: ${first?.path ?? ''} ${first?.message ?? ''}`,
      read.issues,
    );
  }
  return { document: read.document, upgrades: read.upgrades };
}

/**
 * A document's snapshot as a lowdb adapter: reading checks the checksum, migrates and
 * validates; writing seals the document with its checksum and goes through `writeFileDurably`
 * (unique temp file, fsync, rename, folder fsync) rather than lowdb's steno.
 */
export class SnapshotFile<D> implements Adapter<D> {
  /** Set by `read()`: what must be written back (see `LoadedSnapshot.upgrades`). */
  upgrades: string[] = [];

  constructor(
    readonly path: string,
    private readonly kind: DocumentKind<D, unknown>,
  ) {}

  async read(): Promise<D | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new AppError('storage-failed', `Could not read ${this.path}: ${String(error)}`);
    }
    const loaded = loadSnapshotText(this.kind, text, this.path);
    this.upgrades = loaded.upgrades;
    return loaded.document;
  }

  async write(document: D): Promise<void> {
    await writeFileDurably(this.path, sealSnapshot(document));
  }
}
