import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import { writeFileDurably } from './durable-write';

/**
 * A lowdb adapter for one JSON file that refuses to load anything that does not pass `schema`,
 * and writes with `writeFileDurably` (temp + fsync + rename + folder fsync) instead of steno.
 */
export class ValidatedJsonFile<S extends z.ZodType> implements Adapter<z.output<S>> {
  constructor(
    readonly path: string,
    private readonly schema: S,
    /** The newest `schemaVersion` this build understands; a newer file is refused, untouched. */
    private readonly newestVersion: number,
  ) {}

  async read(): Promise<z.output<S> | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new AppError('storage-failed', `Could not read ${this.path}: ${String(error)}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new AppError('file-corrupt', `${this.path} is not valid JSON.`);
    }
    const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version > this.newestVersion) {
      throw new AppError('file-from-newer-version');
    }
    const parsed = this.schema.safeParse(json);
    if (!parsed.success) {
      throw new AppError('file-corrupt', `${this.path} does not match the portfolio format.`);
    }
    return parsed.data;
  }

  async write(data: z.output<S>): Promise<void> {
    await writeFileDurably(this.path, `${JSON.stringify(data, null, 2)}\n`);
  }
}
