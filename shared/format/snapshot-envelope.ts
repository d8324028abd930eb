import type { FieldIssue } from '../errors';
import { canonicalHash } from '../signing/canonical';

/**
 * The store's snapshot file wraps the document with a checksum of its body, so that silent
 * corruption (a flipped byte in a name, a note or an id) is detected on open instead of being
 * copied into the next snapshot:
 *
 *   { "format": "pwp-snapshot", "formatVersion": 1, "sha256": "<hex>", "document": { … } }
 *
 * `sha256` is the SHA-256 of the document's RFC 8785 canonical JSON, so any tool can check it
 * without caring how the file was indented. Files written before the envelope existed are the
 * bare document; they still open (and are written sealed the next time).
 */
export const SNAPSHOT_FORMAT = 'pwp-snapshot';
export const SNAPSHOT_FORMAT_VERSION = 1;

export function sealSnapshot(document: unknown): string {
  const envelope = {
    format: SNAPSHOT_FORMAT,
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    sha256: canonicalHash(document),
    document,
  };
  return `${JSON.stringify(envelope)}\n`;
}

export type Unsealed =
  | { ok: true; document: unknown; sealed: boolean }
  | { ok: false; code: 'file-corrupt' | 'file-from-newer-version'; issues: FieldIssue[] };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Takes the document out of its envelope and checks the checksum; a bare document passes as is. */
export function unsealSnapshot(json: unknown): Unsealed {
  if (!isObject(json) || json.format !== SNAPSHOT_FORMAT) {
    return { ok: true, document: json, sealed: false };
  }
  const version = json.formatVersion;
  if (typeof version === 'number' && version > SNAPSHOT_FORMAT_VERSION) {
    return {
      ok: false,
      code: 'file-from-newer-version',
      issues: [{ path: 'formatVersion', message: 'Written by a newer version of PWP Tracker' }],
    };
  }
  const damaged = (message: string): Unsealed => ({
    ok: false,
    code: 'file-corrupt',
    issues: [{ path: '(file)', message }],
  });
  if (
    version !== SNAPSHOT_FORMAT_VERSION ||
    typeof json.sha256 !== 'string' ||
    !('document' in json)
  )
    return damaged('The file’s envelope is incomplete, so its contents cannot be checked');
  let actual: string;
  try {
    actual = canonicalHash(json.document);
  } catch {
    return damaged('The file holds text that cannot be checked (a broken character)');
  }
  if (actual !== json.sha256)
    return damaged(
      'The file’s contents no longer match the checksum written with them: it was changed or damaged after it was saved',
    );
  return { ok: true, document: json.document, sealed: true };
}
