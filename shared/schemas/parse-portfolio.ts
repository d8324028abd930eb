import type { FieldIssue } from '../errors';
import type { Portfolio } from './portfolio';
import { CURRENT_SCHEMA_VERSION, portfolioSchema } from './portfolio';

export type PortfolioParse =
  | { ok: true; portfolio: Portfolio }
  | { ok: false; code: 'file-corrupt' | 'file-from-newer-version'; issues: FieldIssue[] };

/**
 * Reads portfolio JSON text the way every entry point must (store, CLI, import): not JSON, a
 * newer format, or any field out of place is refused with the path of each problem.
 */
export function parsePortfolioText(text: string): PortfolioParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      code: 'file-corrupt',
      issues: [{ path: '(file)', message: `Not valid JSON: ${detail}` }],
    };
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      code: 'file-from-newer-version',
      issues: [
        {
          path: 'schemaVersion',
          message: `Written by a newer version (format ${version}; this app reads up to ${CURRENT_SCHEMA_VERSION})`,
        },
      ],
    };
  }
  const parsed = portfolioSchema.safeParse(json);
  if (parsed.success) return { ok: true, portfolio: parsed.data };
  return {
    ok: false,
    code: 'file-corrupt',
    issues: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.') || '(file)',
      message: issue.message,
    })),
  };
}
