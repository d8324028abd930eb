import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';

// noble's synchronous API needs its SHA-512 supplied; this keeps signing pure and synchronous.
ed.hashes.sha512 = sha512;

/**
 * Strict (RFC 8032, not ZIP-215) Ed25519 verification of raw bytes: a 64-byte signature, the
 * message and a 32-byte public key. It never throws: anything that is not a good signature is
 * `false`. `shared/` stays pure by taking one of these as a parameter: the default is the pure
 * TypeScript one below (the renderer, the CLI); the main process passes the operating system's
 * (`electron/crypto/node-ed25519.ts`), which refuses exactly the same inputs (tested on the same
 * vectors in `test/shared/signing/verifier-vectors.ts`).
 */
export interface Verifier {
  verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean;
}

/** Ed25519 signing of raw bytes with a 32-byte secret key (the seed). */
export interface Signer {
  publicKey(secretKey: Uint8Array): Uint8Array;
  sign(message: Uint8Array, secretKey: Uint8Array): Uint8Array;
}

/** @noble/ed25519 in its strict branch: small-order keys and non-canonical encodings refused. */
export const nobleVerifier: Verifier = {
  verify(signature, message, publicKey) {
    try {
      return ed.verify(signature, message, publicKey, { zip215: false });
    } catch {
      // Wrong lengths or a point not on the curve: not a signature at all.
      return false;
    }
  },
};

export const nobleSigner: Signer = {
  publicKey: (secretKey) => ed.getPublicKey(secretKey),
  sign: (message, secretKey) => ed.sign(message, secretKey),
};

/** A fresh random 32-byte secret key. */
export function randomSecretKey(): Uint8Array {
  return ed.utils.randomSecretKey();
}

// Little-endian constants. L is the order of the base point (RFC 8032 section 5.1), p the field prime.
const L_LE = hex('edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010');
const P_LE = hex('edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f');
/**
 * The y coordinates of the eight points of small order (1, 2, 4 and 8): 0, 1, p − 1 and ±y₈. Any
 * encoding whose y is one of these (whatever its sign bit) is a small-order point.
 */
const SMALL_ORDER_Y = [
  hex('0000000000000000000000000000000000000000000000000000000000000000'),
  hex('0100000000000000000000000000000000000000000000000000000000000000'),
  hex('ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f'),
  hex('c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a'),
  hex('26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05'),
];

function hex(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** `bytes[offset..offset+32]` read as a little-endian number is below `limit` (also little-endian). */
function lessThan(
  bytes: Uint8Array,
  offset: number,
  limit: Uint8Array,
  clearTopBit: boolean,
): boolean {
  for (let i = 31; i >= 0; i -= 1) {
    let b = bytes[offset + i] ?? 0;
    if (i === 31 && clearTopBit) b &= 0x7f;
    const c = limit[i] ?? 0;
    if (b !== c) return b < c;
  }
  return false;
}

function yIs(bytes: Uint8Array, offset: number, y: Uint8Array): boolean {
  for (let i = 0; i < 32; i += 1) {
    const b = (bytes[offset + i] ?? 0) & (i === 31 ? 0x7f : 0xff);
    if (b !== y[i]) return false;
  }
  return true;
}

/**
 * Why strict RFC 8032 verification refuses a signature and key before any curve arithmetic, or
 * `null` when they pass these checks: wrong lengths; S ≥ L (a malleable, non-canonical S);
 * a point encoding with y ≥ p (non-canonical) in R or in the key; or a key of small order (it
 * would let one signature verify for many messages). A verifier that does not make these checks
 * itself (OpenSSL accepts some of them) makes them first.
 */
export function strictEncodingProblem(
  signature: Uint8Array,
  publicKey: Uint8Array,
):
  | 'length'
  | 'non-canonical-s'
  | 'non-canonical-r'
  | 'non-canonical-key'
  | 'small-order-key'
  | null {
  if (signature.length !== 64 || publicKey.length !== 32) return 'length';
  if (!lessThan(signature, 32, L_LE, false)) return 'non-canonical-s';
  if (!lessThan(signature, 0, P_LE, true)) return 'non-canonical-r';
  if (!lessThan(publicKey, 0, P_LE, true)) return 'non-canonical-key';
  if (SMALL_ORDER_Y.some((y) => yIs(publicKey, 0, y))) return 'small-order-key';
  return null;
}
