import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { nodeVerifier } from '../../../electron/crypto/node-ed25519';
import { progressReport } from '../../../shared/domain/progress-report';
import type { Verifier } from '../../../shared/signing/verifier';
import { reportGolden as golden } from '../../shared/domain/report-golden';
import { reportCases } from '../../shared/domain/report-cases';

describe("the report with the operating system's verifier", () => {
  it('is exactly the report the pure verifier gives', () => {
    let calls = 0;
    const counting: Verifier = {
      verify: (...args) => {
        calls += 1;
        return nodeVerifier.verify(...args);
      },
    };
    for (const c of reportCases) {
      const json = JSON.stringify(progressReport(c.portfolio(), c.at, { verifier: counting }));
      expect(bytesToHex(sha256(utf8ToBytes(json))), c.name).toBe(golden[c.name]);
    }
    // The signatures were checked by it (nothing was answered from an earlier check).
    expect(calls).toBeGreaterThan(100);
  });
});
