import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { progressReport } from '../../../shared/domain/progress-report';
import { reportGolden as golden } from './report-golden';
import { reportCases } from './report-cases';

/**
 * The report's performance work (dates parsed once per sort, one pass per tally, amendments found
 * once) must change no result: `report-golden.json` holds the SHA-256 of each case's report JSON
 * as the code gave it before that work.
 */
describe('the progress report gives exactly the results it gave before', () => {
  it.each(reportCases.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const json = JSON.stringify(progressReport(c.portfolio(), c.at));
    expect(bytesToHex(sha256(utf8ToBytes(json)))).toBe(golden[name]);
  });
});
