import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { open, readFile } from 'node:fs/promises';
import { z } from 'zod';
import { AppError } from '../../shared/errors';

/**
 * The journal: one line per accepted change, appended and flushed to disk (fdatasync) before the
 * change is acknowledged — one small durable append per save, the physical minimum. Each line is
 * `<checksum> <json>\n`; the checksum is the first 16 hex digits of the SHA-256 of the JSON.
 *
 * Only a last line with no newline was being written when the app stopped (the newline is the
 * last byte of an append, and an append is acknowledged only after it is on disk), so only that
 * is dropped. A complete line that fails its checksum, cannot be read, or breaks the sequence is
 * damage, wherever it is: it may hold an acknowledged save, so it is never dropped silently.
 */
/** One journal line's content: which change, when, by whom, why, and what it replaced. */
export interface JournalEntry<C = unknown> {
  seq: number;
  at: string;
  by: string;
  reason: string | null;
  change: C;
  /** The record as it was before an update or deletion, for the history view. */
  before?: unknown;
}

/** The schema of a journal line holding changes of one document kind. */
export function journalEntrySchema<C>(changeSchema: z.ZodType<C>) {
  return z
    .object({
      seq: z.number().int().min(1),
      at: z.string(),
      by: z.string(),
      reason: z.string().nullable(),
      change: changeSchema,
      before: z.unknown().optional(),
    })
    .strict();
}

function checksum(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

export function encodeEntry(entry: JournalEntry): string {
  const json = JSON.stringify(entry);
  return `${checksum(json)} ${json}\n`;
}

/** What is wrong with a journal file, and where: the first damaged line. */
export interface JournalDamage {
  /** 1-based line number in the file. */
  line: number;
  /** checksum: the line's bytes are not what was written (changed, garbage); gap: a change is missing. */
  kind: 'checksum' | 'gap';
  /** The change that should have been there. */
  expectedSeq: number | null;
}

export interface JournalRead<C = unknown> {
  /** Every change before the first damaged line. */
  entries: JournalEntry<C>[];
  /** The first damaged line, if any (nothing after it is in `entries`). */
  damage: JournalDamage | null;
  /** Written by a newer version: a line with a right checksum this version cannot read. */
  newer: boolean;
  /** Bytes of an unterminated last line that was dropped (never acknowledged). */
  droppedTailBytes: number;
  /** Length of the readable prefix: where the next line must start when there is no damage. */
  validLength: number;
}

type Decoded<C> =
  { kind: 'entry'; entry: JournalEntry<C> } | { kind: 'checksum' } | { kind: 'newer' };

/**
 * A line whose checksum fails was changed after it was written. A line whose checksum is right
 * but whose content this version cannot read was written by a newer version (or a different
 * rule set): it was acknowledged, so it must never be dropped either.
 */
function decodeLine<C>(line: string, schema: z.ZodType<JournalEntry<C>>): Decoded<C> {
  if (line.indexOf(' ') !== 16) return { kind: 'checksum' };
  const json = line.slice(17);
  if (checksum(json) !== line.slice(0, 16)) return { kind: 'checksum' };
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? { kind: 'entry', entry: parsed.data } : { kind: 'newer' };
  } catch {
    return { kind: 'newer' };
  }
}

/** Encodes an entry and checks it reads back exactly, so nothing unreadable is ever written. */
function encodeCheckedEntry<C>(entry: JournalEntry<C>, schema: z.ZodType<JournalEntry<C>>): string {
  const line = encodeEntry(entry);
  const decoded = decodeLine(line.slice(0, -1), schema);
  if (decoded.kind !== 'entry')
    throw new AppError('internal', 'A change could not be written in a form that reads back.');
  return line;
}

/**
 * Decodes a journal's text up to its first damaged line. Never throws: the caller decides (open
 * refuses damage; recovery keeps what comes before it).
 */
function decodeJournal<C>(text: string, schema: z.ZodType<JournalEntry<C>>): JournalRead<C> {
  const entries: JournalEntry<C>[] = [];
  let offset = 0;
  let lineNumber = 0;
  let damage: JournalDamage | null = null;
  let newer = false;
  while (offset < text.length) {
    const end = text.indexOf('\n', offset);
    if (end === -1) break; // an unterminated last line was never acknowledged
    lineNumber += 1;
    const decoded = decodeLine(text.slice(offset, end), schema);
    const expectedSeq = entries.length > 0 ? (entries.at(-1)?.seq ?? 0) + 1 : null;
    if (decoded.kind === 'newer') {
      newer = true;
      break;
    }
    if (decoded.kind === 'checksum') {
      damage = { line: lineNumber, kind: 'checksum', expectedSeq };
      break;
    }
    if (expectedSeq !== null && decoded.entry.seq !== expectedSeq) {
      damage = { line: lineNumber, kind: 'gap', expectedSeq };
      break;
    }
    entries.push(decoded.entry);
    offset = end + 1;
  }
  const validLength = Buffer.byteLength(text.slice(0, offset));
  const stopped = damage !== null || newer;
  return {
    entries,
    damage,
    newer,
    droppedTailBytes: stopped ? 0 : Buffer.byteLength(text) - validLength,
    validLength,
  };
}

/** Reading and writing journal lines of one document kind. */
export interface JournalCodec<C> {
  /** Decodes a journal's text up to its first damaged line; never throws. */
  decode(text: string): JournalRead<C>;
  /** Reads a journal file (a missing one is empty). An invalid UTF-8 byte fails its checksum. */
  read(path: string): Promise<JournalRead<C>>;
  /** Encodes an entry and checks it reads back exactly, so nothing unreadable is ever written. */
  encode(entry: JournalEntry<C>): string;
}

export function journalCodec<C>(changeSchema: z.ZodType<C>): JournalCodec<C> {
  // The entry schema is built from the kind's change schema; its output is an entry of C.
  const schema = journalEntrySchema(changeSchema) as unknown as z.ZodType<JournalEntry<C>>;
  return {
    decode: (text) => decodeJournal(text, schema),
    async read(path) {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT')
          return { entries: [], damage: null, newer: false, droppedTailBytes: 0, validLength: 0 };
        throw new AppError('storage-failed', `Could not read ${path}: ${String(error)}`);
      }
      return decodeJournal(text, schema);
    },
    encode: (entry) => encodeCheckedEntry(entry, schema),
  };
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

  /** Empties the journal in place, durably (its changes are already safe in a history segment). */
  async reset(): Promise<void> {
    await this.handle.truncate(0);
    await this.handle.datasync();
    this.length = 0;
  }

  get isEmpty(): boolean {
    return this.length === 0;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
