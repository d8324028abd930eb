import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { open, readFile } from 'node:fs/promises';
import { z } from 'zod';
import { changeSchema } from '../../shared/domain/changes';
import { AppError } from '../../shared/errors';

/**
 * The journal: one line per accepted change, appended and flushed to disk (fdatasync) before the
 * change is acknowledged — one small durable append per save, the physical minimum. Each line is
 * `<checksum> <json>\n`; the checksum is the first 16 hex digits of the SHA-256 of the JSON.
 *
 * A last line that is incomplete or fails its checksum was being written when the app stopped,
 * so it was never acknowledged: it is dropped. A damaged line anywhere else means the file was
 * changed outside the app, and opening stops rather than guess.
 */
export const journalEntrySchema = z
  .object({
    seq: z.number().int().min(1),
    at: z.string(),
    by: z.string(),
    reason: z.string().nullable(),
    change: changeSchema,
    /** The record as it was before an update or deletion, for the history view. */
    before: z.unknown().optional(),
  })
  .strict();
export type JournalEntry = z.infer<typeof journalEntrySchema>;

function checksum(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

export function encodeEntry(entry: JournalEntry): string {
  const json = JSON.stringify(entry);
  return `${checksum(json)} ${json}\n`;
}

export interface JournalRead {
  entries: JournalEntry[];
  /** Bytes of a torn final line that was dropped (never acknowledged). */
  droppedTailBytes: number;
  /** Length of the valid prefix: where the next line must start. */
  validLength: number;
}

type Decoded = { kind: 'entry'; entry: JournalEntry } | { kind: 'torn' } | { kind: 'unreadable' };

/**
 * A line whose checksum fails was cut short while being written: torn. A line whose checksum is
 * right but whose content this version cannot read was written by a newer version (or a
 * different rule set): it was acknowledged, so it must never be dropped.
 */
function decodeLine(line: string): Decoded {
  if (line.indexOf(' ') !== 16) return { kind: 'torn' };
  const json = line.slice(17);
  if (checksum(json) !== line.slice(0, 16)) return { kind: 'torn' };
  try {
    const parsed = journalEntrySchema.safeParse(JSON.parse(json));
    return parsed.success ? { kind: 'entry', entry: parsed.data } : { kind: 'unreadable' };
  } catch {
    return { kind: 'unreadable' };
  }
}

/** Encodes an entry and checks it reads back exactly, so nothing unreadable is ever written. */
export function encodeCheckedEntry(entry: JournalEntry): string {
  const line = encodeEntry(entry);
  const decoded = decodeLine(line.slice(0, -1));
  if (decoded.kind !== 'entry')
    throw new AppError('internal', 'A change could not be written in a form that reads back.');
  return line;
}

/**
 * Decodes a journal's text. Only an unterminated or checksum-failing last line is dropped (it was
 * never acknowledged); anything else that cannot be read stops the open and changes nothing.
 */
export function decodeJournal(text: string, path: string): JournalRead {
  const entries: JournalEntry[] = [];
  let offset = 0;
  while (offset < text.length) {
    const end = text.indexOf('\n', offset);
    if (end === -1) break; // an unterminated last line was never acknowledged
    const decoded = decodeLine(text.slice(offset, end));
    const isLast = end === text.length - 1;
    if (decoded.kind === 'unreadable') {
      throw new AppError(
        'file-from-newer-version',
        `${path}: change ${entries.length + 1} was written by a newer version.`,
      );
    }
    if (decoded.kind === 'torn') {
      if (isLast) break;
      throw new AppError('file-corrupt', `${path}: line ${entries.length + 1} is damaged.`);
    }
    const { entry } = decoded;
    const expected = (entries.at(-1)?.seq ?? entry.seq - 1) + 1;
    if (entry.seq !== expected)
      throw new AppError('file-corrupt', `${path}: change ${expected} is missing.`);
    entries.push(entry);
    offset = end + 1;
  }
  const validLength = Buffer.byteLength(text.slice(0, offset));
  return { entries, droppedTailBytes: Buffer.byteLength(text) - validLength, validLength };
}

export async function readJournal(path: string): Promise<JournalRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { entries: [], droppedTailBytes: 0, validLength: 0 };
    throw new AppError('storage-failed', `Could not read ${path}: ${String(error)}`);
  }
  return decodeJournal(text, path);
}

/** An open journal file that appends durably. */
export class JournalWriter {
  /** Set when a failed append could not be cut back: the store must stop writing. */
  damaged = false;

  private constructor(
    private readonly handle: FileHandle,
    private length: number,
  ) {}

  /** Opens `path` for appending, first cutting off a torn tail so the next line starts clean. */
  static async open(path: string, validLength: number): Promise<JournalWriter> {
    // Created if missing, then opened without O_APPEND: in append mode Linux ignores the write
    // position, and a failed append could not be overwritten by the next one.
    await (await open(path, 'a', 0o600)).close();
    const handle = await open(path, 'r+');
    const { size } = await handle.stat();
    if (size !== validLength) {
      await handle.truncate(validLength);
      await handle.datasync();
    }
    return new JournalWriter(handle, validLength);
  }

  /**
   * Appends one encoded line and waits until it is on disk. If anything fails, the file is cut
   * back to where it was, so a half-written line can never sit before the next good one.
   */
  async append(line: string): Promise<void> {
    const bytes = Buffer.from(line, 'utf8');
    try {
      const { bytesWritten } = await this.handle.write(bytes, 0, bytes.length, this.length);
      if (bytesWritten !== bytes.length) throw new Error('short write');
      await this.handle.datasync();
      this.length += bytes.length;
    } catch (error) {
      try {
        await this.handle.truncate(this.length);
      } catch {
        // The file may now hold part of a line: no further append may follow it.
        this.damaged = true;
      }
      throw error;
    }
  }

  get isEmpty(): boolean {
    return this.length === 0;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
