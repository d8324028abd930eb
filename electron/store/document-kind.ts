import type { z } from 'zod';
import type { ErrorCode, FieldIssue } from '../../shared/errors';

/** The outcome of reading a snapshot's text: the document, or why it cannot be read. */
export type DocumentRead<D> =
  | {
      ok: true;
      document: D;
      /** What must be written back once (migrations run, a checksum missing); empty if current. */
      upgrades: string[];
    }
  | { ok: false; code: ErrorCode; issues: FieldIssue[] };

/** The outcome of applying one change: the new document and the change as it is journalled. */
export type ChangeApplied<D, C> =
  | { ok: true; document: D; change: C }
  | { ok: false; code: ErrorCode; issues: { path: (string | number)[]; message: string }[] };

/**
 * One kind of document the durable store can hold — a trainee's portfolio today; a supervisor's
 * workspace and an educator's cohort next. The store's mechanism (snapshot, journal, history,
 * backups, lock, recovery) knows nothing else about what it holds.
 */
export interface DocumentKind<D, C> {
  /** Used in file names: the snapshot is `<name>.json`, backups `<name>-<time>.json`. */
  name: string;
  /** The one way to read a snapshot (or imported) file: checksum, migrations, validation. */
  read(text: string): DocumentRead<D>;
  /** The document as the store writes it (it seals it with a checksum). */
  validate(document: D): D;
  /** The schema every journalled change must pass when read back. */
  changeSchema: z.ZodType<C>;
  /** The pure domain change: validates it against the document and returns the new one. */
  apply(document: D, change: C, at: string): ChangeApplied<D, C>;
  /** The last journalled change the document holds, and the document holding a new one. */
  journalSeq(document: D): number;
  withJournalSeq(document: D, seq: number): D;
  /** When the document was last changed (to tell a person up to when recovery got). */
  updatedAt(document: D): string;
  /** What a change replaced, kept in its journal line for the history view. */
  before(document: D, change: C): unknown;
  /** The reason a change carries itself (a correction's), when the caller gives none. */
  reason(change: C): string | null;
}
