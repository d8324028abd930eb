import { hexToBytes } from '@noble/hashes/utils.js';
import { nodeVerifier } from '../electron/crypto/node-ed25519';
import { generatePortfolio } from '../shared/generator/synthetic-portfolio';
import { signedBytes } from '../shared/signing/sign-off';
import type { Verifier } from '../shared/signing/verifier';
import { nobleVerifier } from '../shared/signing/verifier';
import type { Row } from './stats';
import { summarise } from './stats';

/**
 * Ed25519 verifications a second on one core, for the pure TypeScript verifier (the renderer's
 * and the CLI's) and the operating system's (the main process's), on real sign-offs. Each sample
 * is the rate over one pass of the sign-offs of several generated years.
 */
export function benchVerify(): Row[] {
  const inputs = [1, 2, 3, 4].flatMap((seed) => {
    const { portfolio } = generatePortfolio({ seed, at: '2027-08-31', startDate: '2026-09-07' });
    return portfolio.signOffs.map((signOff) => ({
      signature: hexToBytes(signOff.signature),
      message: signedBytes(signOff, portfolio.id),
      publicKey: hexToBytes(signOff.publicKey),
    }));
  });
  const rate = (verifier: Verifier, passes: number): number[] => {
    const samples: number[] = [];
    for (let pass = 0; pass < passes; pass += 1) {
      const started = performance.now();
      for (const { signature, message, publicKey } of inputs)
        if (!verifier.verify(signature, message, publicKey)) throw new Error('bad signature');
      samples.push((inputs.length / (performance.now() - started)) * 1000);
    }
    return samples;
  };
  rate(nobleVerifier, 1);
  rate(nodeVerifier, 3);
  return [
    summarise(`Ed25519 verify, pure TypeScript (@noble/ed25519)`, rate(nobleVerifier, 5), '/s'),
    summarise(
      `Ed25519 verify, main process (electron/crypto/node-ed25519)`,
      rate(nodeVerifier, 40),
      '/s',
      'strict pre-checks + OpenSSL; target ≥ 5,000/s',
    ),
  ];
}
