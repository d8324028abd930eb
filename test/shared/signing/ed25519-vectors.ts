import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, concatBytes, hexToBytes } from '@noble/hashes/utils.js';

/**
 * Ed25519 vectors shared by the tests of every `Verifier` (`test/shared/signing/verifier.test.ts`
 * and `test/electron/crypto/node-ed25519.test.ts`), so the pure and the operating system's
 * verifier are held to exactly the same answers.
 */

export interface Vector {
  name: string;
  /** The 32-byte secret (seed), when known. */
  secretKey?: string;
  publicKey: string;
  message: string;
  signature: string;
  /** What strict RFC 8032 verification must answer. */
  valid: boolean;
}

/** RFC 8032 section 7.1 (Ed25519): TEST 1, 2, 3, 1024 and SHA(abc); hex values from the RFC. */
export const rfc8032: Vector[] = [
  {
    name: 'RFC 8032 TEST 1',
    secretKey: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
    publicKey: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    message: '',
    signature:
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155' +
      '5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    valid: true,
  },
  {
    name: 'RFC 8032 TEST 2',
    secretKey: '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
    publicKey: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
    message: '72',
    signature:
      '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da' +
      '085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
    valid: true,
  },
  {
    name: 'RFC 8032 TEST 3',
    secretKey: 'c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7',
    publicKey: 'fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025',
    message: 'af82',
    signature:
      '6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac' +
      '18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a',
    valid: true,
  },
  {
    name: 'RFC 8032 TEST 1024',
    secretKey: 'f5e5767cf153319517630f226876b86c8160cc583bc013744c6bf255f5cc0ee5',
    publicKey: '278117fc144c72340f67d0f2316e8386ceffbf2b2428c9c51fef7c597f1d426e',
    message:
      '08b8b2b733424243760fe426a4b54908632110a66c2f6591eabd3345e3e4eb98fa6e264bf09efe12' +
      'ee50f8f54e9f77b1e355f6c50544e23fb1433ddf73be84d879de7c0046dc4996d9e773f4bc9efe57' +
      '38829adb26c81b37c93a1b270b20329d658675fc6ea534e0810a4432826bf58c941efb65d57a338b' +
      'bd2e26640f89ffbc1a858efcb8550ee3a5e1998bd177e93a7363c344fe6b199ee5d02e82d522c4fe' +
      'ba15452f80288a821a579116ec6dad2b3b310da903401aa62100ab5d1a36553e06203b33890cc9b8' +
      '32f79ef80560ccb9a39ce767967ed628c6ad573cb116dbefefd75499da96bd68a8a97b928a8bbc10' +
      '3b6621fcde2beca1231d206be6cd9ec7aff6f6c94fcd7204ed3455c68c83f4a41da4af2b74ef5c53' +
      'f1d8ac70bdcb7ed185ce81bd84359d44254d95629e9855a94a7c1958d1f8ada5d0532ed8a5aa3fb2' +
      'd17ba70eb6248e594e1a2297acbbb39d502f1a8c6eb6f1ce22b3de1a1f40cc24554119a831a9aad6' +
      '079cad88425de6bde1a9187ebb6092cf67bf2b13fd65f27088d78b7e883c8759d2c4f5c65adb7553' +
      '878ad575f9fad878e80a0c9ba63bcbcc2732e69485bbc9c90bfbd62481d9089beccf80cfe2df16a2' +
      'cf65bd92dd597b0707e0917af48bbb75fed413d238f5555a7a569d80c3414a8d0859dc65a46128ba' +
      'b27af87a71314f318c782b23ebfe808b82b0ce26401d2e22f04d83d1255dc51addd3b75a2b1ae078' +
      '4504df543af8969be3ea7082ff7fc9888c144da2af58429ec96031dbcad3dad9af0dcbaaaf268cb8' +
      'fcffead94f3c7ca495e056a9b47acdb751fb73e666c6c655ade8297297d07ad1ba5e43f1bca32301' +
      '651339e22904cc8c42f58c30c04aafdb038dda0847dd988dcda6f3bfd15c4b4c4525004aa06eeff8' +
      'ca61783aacec57fb3d1f92b0fe2fd1a85f6724517b65e614ad6808d6f6ee34dff7310fdc82aebfd9' +
      '04b01e1dc54b2927094b2db68d6f903b68401adebf5a7e08d78ff4ef5d63653a65040cf9bfd4aca7' +
      '984a74d37145986780fc0b16ac451649de6188a7dbdf191f64b5fc5e2ab47b57f7f7276cd419c17a' +
      '3ca8e1b939ae49e488acba6b965610b5480109c8b17b80e1b7b750dfc7598d5d5011fd2dcc5600a3' +
      '2ef5b52a1ecc820e308aa342721aac0943bf6686b64b2579376504ccc493d97e6aed3fb0f9cd71a4' +
      '3dd497f01f17c0e2cb3797aa2a2f256656168e6c496afc5fb93246f6b1116398a346f1a641f3b041' +
      'e989f7914f90cc2c7fff357876e506b50d334ba77c225bc307ba537152f3f1610e4eafe595f6d9d9' +
      '0d11faa933a15ef1369546868a7f3a45a96768d40fd9d03412c091c6315cf4fde7cb68606937380d' +
      'b2eaaa707b4c4185c32eddcdd306705e4dc1ffc872eeee475a64dfac86aba41c0618983f8741c5ef' +
      '68d3a101e8a3b8cac60c905c15fc910840b94c00a0b9d0',
    signature:
      '0aab4c900501b3e24d7cdf4663326a3a87df5e4843b2cbdb67cbf6e460fec350' +
      'aa5371b1508f9f4528ecea23c436d94b5e8fcd4f681e30a6ac00a9704a188a03',
    valid: true,
  },
  {
    name: 'RFC 8032 TEST SHA(abc)',
    secretKey: '833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42',
    publicKey: 'ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf',
    message:
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
      '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    signature:
      'dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b589' +
      '09351fc9ac90b3ecfdfbc7c66431e0303dca179c138ac17ad9bef1177331a704',
    valid: true,
  },
];

const L = 2n ** 252n + 27742317777372353535851937790883648493n;

function le(value: bigint): string {
  let hex = '';
  for (let i = 0; i < 32; i += 1)
    hex += Number((value >> BigInt(8 * i)) & 0xffn)
      .toString(16)
      .padStart(2, '0');
  return hex;
}

function leNumber(bytes: Uint8Array): bigint {
  let value = 0n;
  for (let i = bytes.length - 1; i >= 0; i -= 1) value = (value << 8n) | BigInt(bytes[i] ?? 0);
  return value;
}

/** The challenge k = SHA-512(R ‖ A ‖ M) mod L, from the exact bytes (as a verifier hashes them). */
export function challenge(r: string, publicKey: string, message: string): bigint {
  return (
    leNumber(sha512(concatBytes(hexToBytes(r), hexToBytes(publicKey), hexToBytes(message)))) % L
  );
}

/**
 * The encodings of the points of small order: the eight canonical ones (orders 1, 2, 4, 4, 8, 8,
 * 8, 8), then non-canonical ones — a negative zero x (sign bit set with x = 0) and y ≥ p.
 */
export const smallOrderEncodings = {
  canonical: [
    '0100000000000000000000000000000000000000000000000000000000000000',
    'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
    '0000000000000000000000000000000000000000000000000000000000000000',
    '0000000000000000000000000000000000000000000000000000000000000080',
    'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a',
    'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa',
    '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05',
    '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85',
  ],
  nonCanonical: [
    '0100000000000000000000000000000000000000000000000000000000000080',
    'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
    'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
    'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
    'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
    'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
  ],
};

/** The order of a small-order point (1, 2, 4 or 8), from any encoding of it. */
export function smallOrder(encoding: string): number {
  let point = ed.Point.fromBytes(hexToBytes(encoding), true);
  let order = 1;
  while (!point.is0() && order <= 8) {
    point = point.double();
    order *= 2;
  }
  return order;
}

const IDENTITY = '0100000000000000000000000000000000000000000000000000000000000000';
const ZERO = '0000000000000000000000000000000000000000000000000000000000000000';

/**
 * For a small-order key A, a message for which R = identity and S = 0 satisfies the cofactorless
 * equation [S]B = R + [k]A (k a multiple of A's order): a forgery that a verifier checking only
 * that equation would accept, and strict verification must refuse.
 */
function smallOrderForgery(publicKey: string): Vector {
  const order = BigInt(smallOrder(publicKey));
  for (let i = 0; ; i += 1) {
    const message = bytesToHex(new TextEncoder().encode(`forged sign-off ${i}`));
    if (challenge(IDENTITY, publicKey, message) % order === 0n)
      return {
        name: `small-order key ${publicKey} (order ${order}): identity R, S = 0`,
        publicKey,
        message,
        signature: IDENTITY + ZERO,
        valid: false,
      };
  }
}

function flipBit(hex: string, byte: number, bit = 0): string {
  const bytes = hexToBytes(hex);
  bytes[byte] = (bytes[byte] ?? 0) ^ (1 << bit);
  return bytesToHex(bytes);
}

function withS(vector: Vector, s: bigint): string {
  return vector.signature.slice(0, 64) + le(s);
}

/** A signature with R = the identity point, made with a known key: S = k·a mod L. */
function identityRSignature(secretKey: string, r: string, message: string): Vector {
  const { scalar, pointBytes } = ed.utils.getExtendedPublicKey(hexToBytes(secretKey));
  const publicKey = bytesToHex(pointBytes);
  const s = (challenge(r, publicKey, message) * scalar) % L;
  return {
    name: `R = ${r === IDENTITY ? 'identity (canonical)' : `identity, non-canonical ${r}`}`,
    publicKey,
    message,
    signature: r + le(s),
    valid: r === IDENTITY,
  };
}

/** Constructed edge cases in the manner of Wycheproof's EdDSA tests. */
export function edgeCases(): Vector[] {
  const cases: Vector[] = [];
  for (const v of rfc8032) {
    const s = leNumber(hexToBytes(v.signature.slice(64)));
    const bad = (what: string, change: Partial<Vector>): Vector => ({
      ...v,
      ...change,
      name: `${v.name}: ${what}`,
      valid: false,
    });
    cases.push(
      bad('a bit of R flipped', { signature: flipBit(v.signature, 0) }),
      bad('a high bit of R flipped', { signature: flipBit(v.signature, 20, 5) }),
      bad('a bit of S flipped', { signature: flipBit(v.signature, 32) }),
      bad('S + L (non-canonical S, same value mod L)', { signature: withS(v, s + L) }),
      bad('S = L', { signature: withS(v, L) }),
      bad('S with its top bits set', { signature: flipBit(v.signature, 63, 6) }),
      bad('a bit of the message flipped', {
        message: v.message === '' ? '00' : flipBit(v.message, 0),
      }),
      bad('a bit of the key flipped', { publicKey: flipBit(v.publicKey, 1) }),
      bad('signature cut short', { signature: v.signature.slice(0, 126) }),
      bad('key cut short', { publicKey: v.publicKey.slice(0, 62) }),
      bad('another key', {
        publicKey:
          v.publicKey === rfc8032[1]?.publicKey
            ? (rfc8032[2]?.publicKey ?? '')
            : (rfc8032[1]?.publicKey ?? ''),
      }),
    );
  }
  cases.push({
    name: 'the identity key with signature identity R, S = 0 (verifies any message cofactorless)',
    publicKey: IDENTITY,
    message: bytesToHex(new TextEncoder().encode('sign-off of anything')),
    signature: IDENTITY + ZERO,
    valid: false,
  });
  cases.push({
    name: 'the identity key, empty message',
    publicKey: IDENTITY,
    message: '',
    signature: IDENTITY + ZERO,
    valid: false,
  });
  for (const key of [...smallOrderEncodings.canonical, ...smallOrderEncodings.nonCanonical])
    cases.push(smallOrderForgery(key));
  cases.push({
    name: 'a key that is not a point on the curve',
    publicKey: '0200000000000000000000000000000000000000000000000000000000000000',
    message: '72',
    signature: rfc8032[1]?.signature ?? '',
    valid: false,
  });
  const secret = rfc8032[0]?.secretKey ?? '';
  cases.push(identityRSignature(secret, IDENTITY, '616263'));
  cases.push(
    identityRSignature(
      secret,
      'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
      '616263',
    ),
  );
  cases.push(
    identityRSignature(
      secret,
      '0100000000000000000000000000000000000000000000000000000000000080',
      '616263',
    ),
  );
  return cases;
}
