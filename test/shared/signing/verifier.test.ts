import * as ed from '@noble/ed25519';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import {
  nobleSigner,
  nobleVerifier,
  strictEncodingProblem,
} from '../../../shared/signing/verifier';
import { edgeCases, rfc8032, smallOrder, smallOrderEncodings } from './ed25519-vectors';

describe('the vectors themselves', () => {
  it('RFC 8032 signatures are what signing with the listed secret key gives', () => {
    for (const v of rfc8032) {
      const secret = hexToBytes(v.secretKey ?? '');
      expect(bytesToHex(nobleSigner.publicKey(secret)), v.name).toBe(v.publicKey);
      expect(bytesToHex(nobleSigner.sign(hexToBytes(v.message), secret)), v.name).toBe(v.signature);
    }
    expect(hexToBytes(rfc8032[3]?.message ?? '').length).toBe(1023);
  });

  it('the small-order encodings are points of order 1, 2, 4 or 8', () => {
    expect(smallOrderEncodings.canonical.map(smallOrder)).toEqual([1, 2, 4, 4, 8, 8, 8, 8]);
    for (const encoding of smallOrderEncodings.canonical)
      expect(ed.Point.fromBytes(hexToBytes(encoding), false).isSmallOrder()).toBe(true);
    for (const encoding of smallOrderEncodings.nonCanonical) {
      expect(ed.Point.fromBytes(hexToBytes(encoding), true).isSmallOrder()).toBe(true);
      expect(() => ed.Point.fromBytes(hexToBytes(encoding), false)).toThrow();
    }
  });
});

describe('the pure TypeScript verifier (strict RFC 8032)', () => {
  it.each([...rfc8032, ...edgeCases()].map((v) => [v.name, v] as const))('%s', (_name, v) => {
    expect(
      nobleVerifier.verify(hexToBytes(v.signature), hexToBytes(v.message), hexToBytes(v.publicKey)),
    ).toBe(v.valid);
  });
});

describe('strictEncodingProblem', () => {
  const good = rfc8032[1]!;
  const sig = hexToBytes(good.signature);
  const key = hexToBytes(good.publicKey);
  it('passes a good signature and key', () => {
    expect(strictEncodingProblem(sig, key)).toBeNull();
  });
  it('names each problem', () => {
    const cases = edgeCases();
    const problem = (name: string) => {
      const v = cases.find((c) => c.name.endsWith(name))!;
      return strictEncodingProblem(hexToBytes(v.signature), hexToBytes(v.publicKey));
    };
    expect(problem('S + L (non-canonical S, same value mod L)')).toBe('non-canonical-s');
    expect(problem('S = L')).toBe('non-canonical-s');
    expect(problem('signature cut short')).toBe('length');
    expect(problem('(order 8): identity R, S = 0')).toBe('small-order-key');
    expect(
      problem(
        'R = identity, non-canonical eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
      ),
    ).toBe('non-canonical-r');
    for (const encoding of [...smallOrderEncodings.canonical, ...smallOrderEncodings.nonCanonical])
      expect(strictEncodingProblem(sig, hexToBytes(encoding))).not.toBeNull();
    // y = p + 2: not small order, but not canonical either.
    const yAboveP = 'efffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f';
    expect(strictEncodingProblem(sig, hexToBytes(yAboveP))).toBe('non-canonical-key');
  });
});
