import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { AppError } from '../../shared/errors';
import { readPortfolioText } from '../../shared/format/read-portfolio';
import { sealSnapshot } from '../../shared/format/snapshot-envelope';
import type { Portfolio } from '../../shared/schemas/portfolio';
import { writeFileDurably } from './durable-write';

export interface LoadedSnapshot {
  portfolio: Portfolio;
  /**
   * What must be written back once: the migrations that ran in memory, and 'seal' when the file
   * had no checksum yet (written by an older version). Empty when the file is current.
   */
  upgrades: string[];
}

/** Reads snapshot (or imported) text the one way every reader does; throws a coded error. */
export function loadSnapshotText(text: string, path: string): LoadedSnapshot {
  const read = readPortfolioText(text);
  if (!read.ok) {
    const first = read.issues[0];
    throw new AppError(
      read.code,
      `${path}: ${first?.path ?? ''} ${first?.message ?? ''}`,
      read.issues,
    );
  }
  return {
    portfolio: read.portfolio,
    upgrades: read.sealed ? read.migrated : [...read.migrated, 'seal'],
  };
}

/**
 * The portfolio snapshot as a lowdb adapter: reading checks the checksum, migrates and
 * validates; writing seals the document with its checksum and goes through `writeFileDurably`
 * (unique temp file, fsync, rename, folder fsync) rather than lowdb's steno.
 */
export class SnapshotFile implements Adapter<Portfolio> {
  /** Set by `read()`: what must be written back (see `LoadedSnapshot.upgrades`). */
  upgrades: string[] = [];

  constructor(readonly path: string) {}

  async read(): Promise<Portfolio | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new AppError('storage-failed', `Could not read ${this.path}: ${String(error)}`);
    }
    const loaded = loadSnapshotText(text, this.path);
    this.upgrades = loaded.upgrades;
    return loaded.portfolio;
  }

  async write(portfolio: Portfolio): Promise<void> {
    await writeFileDurably(this.path, sealSnapshot(portfolio));
  }
}
