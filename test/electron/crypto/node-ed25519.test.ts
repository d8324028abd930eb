import { createPublicKey, verify } from 'node:crypto';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { nodeSigner, nodeVerifier } from '../../../electron/crypto/node-ed25519';
import { nobleVerifier } from '../../../shared/signing/verifier';
import { edgeCases, rfc8032 } from '../../shared/signing/ed25519-vectors';

const vectors = [...rfc8032, ...edgeCases()];

/** OpenSSL on its own, with none of the strict pre-checks. */
function opensslAlone(signature: string, message: string, publicKey: string): boolean {
  const key = createPublicKey({
    key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), hexToBytes(publicKey)]),
    format: 'der',
    type: 'spki',
  });
  return verify(null, hexToBytes(message), key, hexToBytes(signature));
}

describe("the operating system's verifier (node:crypto + strict pre-checks)", () => {
  it.each(vectors.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    const args = [hexToBytes(v.signature), hexToBytes(v.message), hexToBytes(v.publicKey)] as const;
    expect(nodeVerifier.verify(...args)).toBe(v.valid);
    // Exactly what the pure verifier answers.
    expect(nodeVerifier.verify(...args)).toBe(nobleVerifier.verify(...args));
  });

  it('needs its pre-checks: OpenSSL alone accepts a small-order key forgery', () => {
    const forgery = vectors.find((v) => v.name.startsWith('the identity key with signature'))!;
    expect(opensslAlone(forgery.signature, forgery.message, forgery.publicKey)).toBe(true);
    expect(
      nodeVerifier.verify(
        hexToBytes(forgery.signature),
        hexToBytes(forgery.message),
        hexToBytes(forgery.publicKey),
      ),
    ).toBe(false);
  });

  it('signs exactly as RFC 8032 says', () => {
    for (const v of rfc8032) {
      const secret = hexToBytes(v.secretKey ?? '');
      expect(bytesToHex(nodeSigner.publicKey(secret))).toBe(v.publicKey);
      expect(bytesToHex(nodeSigner.sign(hexToBytes(v.message), secret))).toBe(v.signature);
    }
  });
});
