import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';

/**
 * The JSON Canonicalization Scheme (RFC 8785): one byte sequence for one value, whatever the key
 * order or number formatting it was written with — so a hash of it proves "exactly this".
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('This value cannot be written as canonical JSON.');
  return text;
}

/** SHA-256 of a value's canonical JSON, as 64 lower-case hex characters. */
export function canonicalHash(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(value))));
}
