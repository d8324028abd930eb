import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Portfolio } from '../schemas/portfolio';
import { collectionNames } from '../schemas/portfolio';
import type { SignOff } from '../schemas/records';
import { canonicalHash, canonicalJson } from './canonical';
import type { Signer, Verifier } from './verifier';
import { nobleSigner, nobleVerifier, randomSecretKey } from './verifier';

export type { Signer, Verifier } from './verifier';

type SignedRecord = Portfolio[(typeof collectionNames)[number]][number];

/** Every record in the portfolio by id, whatever collection it is in. */
export function recordsById(portfolio: Portfolio): Map<string, SignedRecord> {
  const byId = new Map<string, SignedRecord>();
  for (const name of collectionNames)
    for (const record of portfolio[name]) byId.set(record.id, record);
  return byId;
}

/**
 * The hash a format-2 sign-off covers: the listed records, in the listed order, as canonical
 * JSON. Kept to verify sign-offs made before each record had its own hash.
 */
export function hashRecords(
  portfolio: Portfolio,
  recordIds: readonly string[],
  byId: ReadonlyMap<string, SignedRecord> = recordsById(portfolio),
): string | null {
  const records = recordIds.map((id) => byId.get(id));
  if (records.some((r) => r === undefined)) return null;
  return canonicalHash({ portfolioId: portfolio.id, records });
}

/** The hash of one covered record: its canonical JSON, bound to the portfolio it belongs to. */
export function hashRecord(portfolioId: string, record: SignedRecord): string {
  return canonicalHash({ portfolioId, record });
}

/** Exactly the bytes the signer's key signs: every field of the sign-off but the signature. */
export function signedBytes(signOff: Omit<SignOff, 'signature'>, portfolioId: string): Uint8Array {
  const { id, subject, recordIds, signerId, signedAt, decision, comments, publicKey } = signOff;
  const common = {
    portfolioId,
    id,
    subject,
    recordIds,
    signerId,
    signedAt,
    decision,
    comments: comments ?? null,
    publicKey,
  };
  return utf8ToBytes(
    canonicalJson(
      signOff.recordHashes
        ? { purpose: 'pwp-tracker/sign-off/v2', ...common, recordHashes: signOff.recordHashes }
        : { purpose: 'pwp-tracker/sign-off/v1', ...common, contentHash: signOff.contentHash },
    ),
  );
}

export interface KeyPair {
  secretKey: string;
  publicKey: string;
}

/** A new Ed25519 key pair (hex). Made on the signer's machine; the secret never leaves it. */
export function generateKeyPair(seed?: Uint8Array, signer: Signer = nobleSigner): KeyPair {
  const secret = seed ?? randomSecretKey();
  return { secretKey: bytesToHex(secret), publicKey: bytesToHex(signer.publicKey(secret)) };
}

export type SignOffRequest = Omit<
  SignOff,
  'contentHash' | 'recordHashes' | 'publicKey' | 'signature'
>;

/**
 * Signs exactly the listed records as they are now. Private reflections can never be signed:
 * they stay the trainee's own.
 */
export function createSignOff(
  portfolio: Portfolio,
  request: SignOffRequest,
  secretKey: string,
  signer: Signer = nobleSigner,
): SignOff {
  const privateIds = new Set(portfolio.reflections.filter((r) => r.private).map((r) => r.id));
  const privateId = request.recordIds.find((id) => privateIds.has(id));
  if (privateId) throw new Error(`Reflection ${privateId} is private and cannot be signed.`);
  const byId = recordsById(portfolio);
  const draft = request.recordIds.find((id) => byId.get(id)?.state === 'draft');
  if (draft) throw new Error(`Entry ${draft} is still a draft and cannot be signed.`);
  const recordHashes = request.recordIds.map((recordId) => {
    const record = byId.get(recordId);
    if (!record) throw new Error('A sign-off can only cover records that exist.');
    return { recordId, sha256: hashRecord(portfolio.id, record) };
  });
  const secret = hexToBytes(secretKey);
  const unsigned = { ...request, recordHashes, publicKey: bytesToHex(signer.publicKey(secret)) };
  return {
    ...unsigned,
    signature: bytesToHex(signer.sign(signedBytes(unsigned, portfolio.id), secret)),
  };
}

export type SignOffStatus =
  | 'valid'
  | 'content-changed'
  | 'records-missing'
  | 'bad-signature'
  | 'unknown-signer'
  | 'key-not-on-record';

/** What became of one signed record since it was signed. */
export interface RecordChange {
  recordId: string;
  /** edited: its content differs; removed: it is gone; amended: a later correction replaces it. */
  kind: 'edited' | 'removed' | 'amended';
}

export interface SignOffVerification {
  signOffId: string;
  status: SignOffStatus;
  /** A signed record has since been corrected: the sign-off stands for the old version only. */
  superseded: boolean;
  /**
   * Exactly which covered records changed, and how. A sign-off made before records had their
   * own hashes can only say that one of them was edited: then every covered record that still
   * exists is listed as possibly edited (`exact: false`).
   */
  changes: RecordChange[];
  exact: boolean;
}

/**
 * Checks a sign-off against the portfolio as it is now: the signature must be good, the key must
 * be the one on record for the signer (a key nobody vouches for is never "valid"), and every
 * record must hash to what was signed — any change since, by any route, shows as
 * `content-changed` (or `records-missing`), naming the record.
 */
export function verifySignOff(
  portfolio: Portfolio,
  signOff: SignOff,
  byId: ReadonlyMap<string, SignedRecord> = recordsById(portfolio),
  verifier: Verifier = nobleVerifier,
  superseded: ReadonlySet<string> = supersededRecordIds(portfolio),
): SignOffVerification {
  const amended = amendedIds(superseded, signOff.recordIds);
  const amendments: RecordChange[] = [...amended].map((recordId) => ({
    recordId,
    kind: 'amended',
  }));
  const result = (
    status: SignOffStatus,
    changes: RecordChange[] = [],
    exact = true,
  ): SignOffVerification => ({
    signOffId: signOff.id,
    status,
    superseded: amended.size > 0,
    changes: [...changes, ...amendments],
    exact,
  });
  if (!signatureIsGood(signOff, portfolio.id, verifier)) return result('bad-signature');
  const signer = portfolio.people.find((p) => p.id === signOff.signerId);
  if (!signer) return result('unknown-signer');
  if (signer.publicKey !== signOff.publicKey) return result('key-not-on-record');
  const removed: RecordChange[] = signOff.recordIds
    .filter((id) => !byId.has(id))
    .map((recordId) => ({ recordId, kind: 'removed' }));
  if (signOff.recordHashes) {
    const edited: RecordChange[] = [];
    for (const { recordId, sha256: signed } of signOff.recordHashes) {
      const record = byId.get(recordId);
      if (!record) continue;
      let now: string | null;
      try {
        now = hashRecord(portfolio.id, record);
      } catch {
        // Content that cannot be put in canonical form cannot be what was signed.
        now = null;
      }
      if (now !== signed) edited.push({ recordId, kind: 'edited' });
    }
    if (removed.length > 0) return result('records-missing', [...removed, ...edited]);
    return edited.length > 0 ? result('content-changed', edited) : result('valid');
  }
  if (removed.length > 0) return result('records-missing', removed);
  let hash: string | null;
  try {
    hash = hashRecords(portfolio, signOff.recordIds, byId);
  } catch {
    hash = null;
  }
  if (hash === signOff.contentHash) return result('valid');
  // One hash over all of them: any of the records may be the one that changed.
  const suspects: RecordChange[] = signOff.recordIds.map((recordId) => ({
    recordId,
    kind: 'edited',
  }));
  return result('content-changed', suspects, signOff.recordIds.length === 1);
}

/**
 * Ed25519 verification is the slow part of a progress report (milliseconds each in pure
 * TypeScript), and a signature's validity depends only on its exact bytes, key and signature, so
 * verified answers are remembered. The key is the whole input, so a changed sign-off is checked
 * afresh; the cache is bounded. Every `Verifier` is strict RFC 8032 and gives the same answer for
 * the same input (tested on shared vectors), so one cache serves them all.
 */
const verified = new Map<string, boolean>();
const VERIFIED_LIMIT = 10_000;

function signatureIsGood(signOff: SignOff, portfolioId: string, verifier: Verifier): boolean {
  let message: Uint8Array;
  try {
    message = signedBytes(signOff, portfolioId);
  } catch {
    return false;
  }
  const key = `${signOff.publicKey}:${signOff.signature}:${bytesToHex(sha256(message))}`;
  const known = verified.get(key);
  if (known !== undefined) return known;
  let good: boolean;
  try {
    // Strict RFC 8032 checks (not ZIP-215), so a small-order key cannot make a forged signature
    // verify for any message.
    good = verifier.verify(hexToBytes(signOff.signature), message, hexToBytes(signOff.publicKey));
  } catch {
    // Malformed hex: not a signature at all.
    good = false;
  }
  if (verified.size >= VERIFIED_LIMIT) verified.clear();
  verified.set(key, good);
  return good;
}

/**
 * Checks every sign-off's signature with `verifier` and remembers the answers, so a later
 * `verifySignOff` of the same sign-offs (with any verifier) finds them already checked. The main
 * process calls this with the operating system's verifier before the report is computed.
 */
export function verifySignatures(portfolio: Portfolio, verifier: Verifier): void {
  for (const signOff of portfolio.signOffs) signatureIsGood(signOff, portfolio.id, verifier);
}

/**
 * The ids of every record a later record amends (corrects), in the order the amending records
 * come in the portfolio: found once for all the sign-offs of a report.
 */
export function supersededRecordIds(portfolio: Portfolio): Set<string> {
  const superseded = new Set<string>();
  for (const name of collectionNames)
    for (const record of portfolio[name])
      if (record.amends !== undefined) superseded.add(record.amends.supersedes);
  return superseded;
}

/** The covered records that a later record amends, in the order of `superseded`. */
function amendedIds(superseded: ReadonlySet<string>, recordIds: readonly string[]): Set<string> {
  const ids = new Set(recordIds);
  const amended = new Set<string>();
  for (const id of superseded) if (ids.has(id)) amended.add(id);
  return amended;
}
