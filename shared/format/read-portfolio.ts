import type { FieldIssue } from '../errors';
import { AppError } from '../errors';
import { fieldIssues } from '../field-issues';
import type { Portfolio } from '../schemas/portfolio';
import { portfolioSchema } from '../schemas/portfolio';
import { migrate } from './migrations';
import { unsealSnapshot } from './snapshot-envelope';

export type PortfolioRead =
  | {
      ok: true;
      portfolio: Portfolio;
      /** Migrations applied in memory; the store writes the upgraded file once. */
      migrated: string[];
      /** True when the text carried a checksum and it matched. */
      sealed: boolean;
    }
  | { ok: false; code: 'file-corrupt' | 'file-from-newer-version'; issues: FieldIssue[] };

/** The most problems named for one file: enough to fix it, few enough to read. */
const MAX_ISSUES = 50;

/**
 * The one way to read a portfolio file — the store's snapshot, an imported export, the CLI's
 * argument: parse the JSON, check the snapshot checksum if there is one, migrate older formats,
 * then validate the whole document. Never throws; every problem comes back with its field path.
 */
export function readPortfolioText(text: string): PortfolioRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // The parser's own message quotes the damaged bytes: say what it means instead.
    return {
      ok: false,
      code: 'file-corrupt',
      issues: [
        {
          path: '(file)',
          message: 'This is not a readable portfolio file: its text is cut short or damaged',
        },
      ],
    };
  }
  const unsealed = unsealSnapshot(json);
  if (!unsealed.ok) return unsealed;
  const document = unsealed.document;
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return {
      ok: false,
      code: 'file-corrupt',
      issues: [{ path: '(file)', message: 'This file does not hold a portfolio' }],
    };
  }
  let migrated: { document: Record<string, unknown>; applied: string[] };
  try {
    migrated = migrate(document as Record<string, unknown>);
  } catch (error) {
    if (error instanceof AppError && error.code === 'file-from-newer-version') {
      return {
        ok: false,
        code: 'file-from-newer-version',
        issues: [{ path: 'schemaVersion', message: 'Written by a newer version of PWP Tracker' }],
      };
    }
    return {
      ok: false,
      code: 'file-corrupt',
      issues: [{ path: 'schemaVersion', message: 'The file does not say which format it is in' }],
    };
  }
  const parsed = portfolioSchema.safeParse(migrated.document);
  if (!parsed.success) {
    return {
      ok: false,
      code: 'file-corrupt',
      issues: fieldIssues(parsed.error.issues, { whole: '(file)', limit: MAX_ISSUES }),
    };
  }
  return {
    ok: true,
    portfolio: parsed.data,
    migrated: migrated.applied,
    sealed: unsealed.sealed,
  };
}
