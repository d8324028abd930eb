import type { KeyObject } from 'node:crypto';
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import type { Signer, Verifier } from '../../shared/signing/verifier';
import { strictEncodingProblem } from '../../shared/signing/verifier';

/**
 * Ed25519 through the operating system's crypto library (OpenSSL in Node and Electron): about
 * twenty times faster than pure TypeScript. OpenSSL checks the signature equation but, on its
 * own, accepts some inputs strict RFC 8032 verification refuses — small-order public keys among
 * them, with which a signature of the identity point verifies for every message — so the strict
 * encoding checks (`strictEncodingProblem`) run first. The same vectors test this and the pure
 * verifier (`test/electron/crypto/node-ed25519.test.ts`).
 */

/** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the raw 32-byte key follows. */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
/** DER prefix of an Ed25519 PKCS #8 private key (RFC 8410); the 32-byte seed follows. */
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** Key objects by raw key: a portfolio has a handful of signers, each signing many times. */
const publicKeys = new Map<string, KeyObject>();
const PUBLIC_KEYS_LIMIT = 1_000;

function publicKeyObject(raw: Uint8Array): KeyObject {
  const id = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64');
  const known = publicKeys.get(id);
  if (known) return known;
  const key = createPublicKey({
    key: Buffer.concat([SPKI_PREFIX, raw]),
    format: 'der',
    type: 'spki',
  });
  if (publicKeys.size >= PUBLIC_KEYS_LIMIT) publicKeys.clear();
  publicKeys.set(id, key);
  return key;
}

function privateKeyObject(seed: Uint8Array): KeyObject {
  if (seed.length !== 32) throw new Error('An Ed25519 secret key is 32 bytes.');
  return createPrivateKey({
    key: Buffer.concat([PKCS8_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
}

export const nodeVerifier: Verifier = {
  verify(signature, message, publicKey) {
    if (strictEncodingProblem(signature, publicKey) !== null) return false;
    try {
      return verify(null, message, publicKeyObject(publicKey), signature);
    } catch {
      // A key that is not a point on the curve cannot be imported: not a signature.
      return false;
    }
  },
};

export const nodeSigner: Signer = {
  publicKey(secretKey) {
    const der = createPublicKey(privateKeyObject(secretKey)).export({
      format: 'der',
      type: 'spki',
    });
    return new Uint8Array(der.subarray(SPKI_PREFIX.length));
  },
  sign(message, secretKey) {
    return new Uint8Array(sign(null, message, privateKeyObject(secretKey)));
  },
};
