import type { z } from 'zod';
import type { FieldIssue } from './errors';

/** One problem with a value, at a path of keys and indexes (as zod and the domain rules give it). */
export interface PathIssue {
  path: (string | number)[];
  message: string;
}

/** A zod error's problems, with paths as keys and indexes (symbols, which JSON cannot hold, as text). */
export function pathIssues(error: z.ZodError, prefix: (string | number)[] = []): PathIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    message: issue.message,
  }));
}

/**
 * Problems as the UI and the IPC edge carry them: `path: message`, the path dotted
 * (`contacts.0.measures.phq9`), `whole` for a problem with the value as a whole, at most `limit`.
 */
export function fieldIssues(
  issues: readonly { path: readonly (string | number | symbol)[]; message: string }[],
  { whole = '(input)', limit = Number.POSITIVE_INFINITY }: { whole?: string; limit?: number } = {},
): FieldIssue[] {
  return issues.slice(0, limit).map((issue) => ({
    path: issue.path.map(String).join('.') || whole,
    message: issue.message,
  }));
}
