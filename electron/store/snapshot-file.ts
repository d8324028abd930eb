import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { AppError } from '../../shared/errors';
import type { Portfolio } from '../../shared/schemas/portfolio';
import { portfolioSchema } from '../../shared/schemas/portfolio';
import { writeFileDurably } from './durable-write';
import { migrate } from './migrations';

export interface LoadedSnapshot {
  portfolio: Portfolio;
  /** Migrations that ran in memory; the caller writes the migrated snapshot once. */
  migrated: string[];
}

/** Reads, migrates and validates snapshot text. Throws a coded error; never writes anything. */
export function loadSnapshotText(text: string, path: string): LoadedSnapshot {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('file-corrupt', `${path} is not valid JSON.`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new AppError('file-corrupt', `${path} does not hold a portfolio.`);
  }
  const { document, applied } = migrate(json as Record<string, unknown>);
  const parsed = portfolioSchema.safeParse(document);
  if (!parsed.success) {
    // Every problem with its field path (the first twenty), so a person or an IT team can fix it.
    const fields = parsed.error.issues.slice(0, 20).map((issue) => ({
      path: issue.path.map(String).join('.') || '(file)',
      message: issue.message,
    }));
    throw new AppError(
      'file-corrupt',
      `${path}: ${fields[0]?.path ?? ''} ${fields[0]?.message ?? ''}`,
      fields,
    );
  }
  return { portfolio: parsed.data, migrated: applied };
}

/**
 * The portfolio snapshot as a lowdb adapter: reading migrates and validates; writing goes through
 * `writeFileDurably` (unique temp file, fsync, rename, folder fsync) rather than lowdb's steno.
 */
export class SnapshotFile implements Adapter<Portfolio> {
  /** Set by `read()`: the migrations applied to what was read. */
  migrated: string[] = [];

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
    this.migrated = loaded.migrated;
    return loaded.portfolio;
  }

  async write(portfolio: Portfolio): Promise<void> {
    await writeFileDurably(this.path, `${JSON.stringify(portfolio)}\n`);
  }
}
