import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { portfolioSchema } from '../../../shared/schemas/portfolio';
import { canonicalHash, canonicalJson } from '../../../shared/signing/canonical';
import * as ed from '@noble/ed25519';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import {
  createSignOff,
  generateKeyPair,
  hashRecords,
  signedBytes,
  verifySignOff,
} from '../../../shared/signing/sign-off';
import { emptyPortfolio, meta } from '../../support/portfolio-fixture';

const supervisorKeys = generateKeyPair(new Uint8Array(32).fill(7));
const strangerKeys = generateKeyPair(new Uint8Array(32).fill(9));

function signedPortfolio() {
  const portfolio = emptyPortfolio();
  portfolio.people[0] = { ...portfolio.people[0]!, publicKey: supervisorKeys.publicKey };
  portfolio.evidence.push({
    ...meta('ev-1'),
    interventionId: 'behavioural-activation',
    kind: 'observed-practice',
    date: '2026-09-30',
    title: 'Observed BA session',
    description: 'Watched a qualified PWP deliver behavioural activation.',
  });
  const signOff = createSignOff(
    portfolio,
    {
      id: 'so-1',
      subject: 'evidence',
      recordIds: ['ev-1'],
      signerId: 'sup-1',
      signedAt: '2026-10-02T15:00:00Z',
      decision: 'approved',
    },
    supervisorKeys.secretKey,
  );
  portfolio.signOffs.push(signOff);
  return { portfolio, signOff };
}

describe('sign-offs', () => {
  it('verifies a sign-off over records that have not changed', () => {
    const { portfolio, signOff } = signedPortfolio();
    expect(verifySignOff(portfolio, signOff)).toEqual({
      signOffId: 'so-1',
      status: 'valid',
      superseded: false,
      changes: [],
      exact: true,
    });
    expect(portfolioSchema.safeParse(portfolio).success).toBe(true);
  });

  it('shows content-changed when a signed record is edited by any route', () => {
    const { portfolio, signOff } = signedPortfolio();
    portfolio.evidence[0] = { ...portfolio.evidence[0]!, description: 'Changed after signing.' };
    expect(verifySignOff(portfolio, signOff).status).toBe('content-changed');
  });

  it('shows bad-signature when the sign-off itself is altered (e.g. its date)', () => {
    const { portfolio, signOff } = signedPortfolio();
    expect(verifySignOff(portfolio, { ...signOff, signedAt: '2026-09-01T15:00:00Z' }).status).toBe(
      'bad-signature',
    );
    expect(verifySignOff(portfolio, { ...signOff, signature: '0'.repeat(128) }).status).toBe(
      'bad-signature',
    );
  });

  it('never calls a signature valid when the key is not the signer’s key on record', () => {
    const { portfolio } = signedPortfolio();
    const forged = createSignOff(
      portfolio,
      {
        id: 'so-2',
        subject: 'evidence',
        recordIds: ['ev-1'],
        signerId: 'sup-1',
        signedAt: '2026-10-02T15:00:00Z',
        decision: 'approved',
      },
      strangerKeys.secretKey,
    );
    expect(verifySignOff(portfolio, forged).status).toBe('key-not-on-record');
    expect(verifySignOff(portfolio, { ...forged, signerId: 'nobody' }).status).toBe(
      'bad-signature',
    );
  });

  it('marks a sign-off superseded once a signed record is corrected, and keeps it valid for the old version', () => {
    const { portfolio, signOff } = signedPortfolio();
    portfolio.evidence.push({
      ...portfolio.evidence[0]!,
      ...meta('ev-2', '2026-10-05T09:00:00Z'),
      description: 'Corrected description.',
      amends: { supersedes: 'ev-1', reason: 'Wrong session described' },
    });
    expect(verifySignOff(portfolio, signOff)).toMatchObject({ status: 'valid', superseded: true });
  });

  it('does not accept a forged signature under a small-order (identity) key', () => {
    const { portfolio, signOff } = signedPortfolio();
    const identity = `01${'00'.repeat(31)}`;
    portfolio.people[0] = { ...portfolio.people[0]!, publicKey: identity };
    const forged = { ...signOff, publicKey: identity, signature: `01${'00'.repeat(63)}` };
    expect(verifySignOff(portfolio, forged).status).toBe('bad-signature');
  });

  it('refuses to sign a draft, which could still change', () => {
    const portfolio = emptyPortfolio();
    portfolio.evidence.push({
      ...meta('ev-d'),
      state: 'draft',
      interventionId: 'behavioural-activation',
      kind: 'case-summary',
      date: '2026-10-01',
      title: 'Draft',
      description: 'Not finished',
    });
    expect(() =>
      createSignOff(
        portfolio,
        {
          id: 'so-9',
          subject: 'evidence',
          recordIds: ['ev-d'],
          signerId: 'sup-1',
          signedAt: '2026-10-02T15:00:00Z',
          decision: 'approved',
        },
        supervisorKeys.secretKey,
      ),
    ).toThrow(/still a draft/);
  });

  it('refuses to sign a private reflection', () => {
    const portfolio = emptyPortfolio();
    portfolio.reflections.push({
      ...meta('r-1'),
      date: '2026-10-01',
      title: 'Mine',
      text: 'Private thoughts',
      private: true,
    });
    expect(() =>
      createSignOff(
        portfolio,
        {
          id: 'so-3',
          subject: 'evidence',
          recordIds: ['r-1'],
          signerId: 'sup-1',
          signedAt: '2026-10-02T15:00:00Z',
          decision: 'approved',
        },
        supervisorKeys.secretKey,
      ),
    ).toThrow(/private/);
  });
});

describe('sign-offs over several records', () => {
  /** A portfolio with `n` evidence items, all signed in one sign-off. */
  function signedMany(n: number) {
    const portfolio = emptyPortfolio();
    portfolio.people[0] = { ...portfolio.people[0]!, publicKey: supervisorKeys.publicKey };
    const ids = Array.from({ length: n }, (_, i) => `ev-${i + 1}`);
    for (const id of ids) {
      portfolio.evidence.push({
        ...meta(id),
        interventionId: 'behavioural-activation',
        kind: 'observed-practice',
        date: '2026-09-30',
        title: `Observed session ${id}`,
        description: 'Watched a qualified PWP deliver behavioural activation.',
      });
    }
    const signOff = createSignOff(
      portfolio,
      {
        id: 'so-many',
        subject: 'evidence',
        recordIds: ids,
        signerId: 'sup-1',
        signedAt: '2026-10-02T15:00:00Z',
        decision: 'approved',
      },
      supervisorKeys.secretKey,
    );
    return { portfolio, signOff, ids };
  }

  it('names exactly the records that changed, and how: edited, removed or amended', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.array(fc.constantFrom('same', 'edited', 'removed', 'amended'), {
              minLength: n,
              maxLength: n,
            }),
          ),
        ),
        ([n, fates]) => {
          const { portfolio, signOff, ids } = signedMany(n);
          fates.forEach((fate, i) => {
            const id = ids[i] ?? '';
            const index = portfolio.evidence.findIndex((e) => e.id === id);
            const record = portfolio.evidence[index]!;
            if (fate === 'edited') portfolio.evidence[index] = { ...record, title: 'Changed' };
            if (fate === 'removed') portfolio.evidence.splice(index, 1);
            if (fate === 'amended')
              portfolio.evidence.push({
                ...record,
                ...meta(`${id}-fix`, '2026-10-05T09:00:00Z'),
                amends: { supersedes: id, reason: 'Wrong date' },
              });
          });
          const result = verifySignOff(portfolio, signOff);
          const expected = ids
            .map((recordId, i) => ({ recordId, kind: fates[i] }))
            .filter((c) => c.kind !== 'same');
          expect([...result.changes].sort((a, b) => a.recordId.localeCompare(b.recordId))).toEqual(
            expected.sort((a, b) => a.recordId.localeCompare(b.recordId)),
          );
          expect(result.exact).toBe(true);
          expect(result.status).toBe(
            fates.includes('removed')
              ? 'records-missing'
              : fates.includes('edited')
                ? 'content-changed'
                : 'valid',
          );
          expect(result.superseded).toBe(fates.includes('amended'));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('binds each record hash into the signature: swapping one is a bad signature', () => {
    const { portfolio, signOff } = signedMany(2);
    const hashes = signOff.recordHashes ?? [];
    const swapped = {
      ...signOff,
      recordHashes: [
        { recordId: hashes[0]!.recordId, sha256: hashes[1]!.sha256 },
        { recordId: hashes[1]!.recordId, sha256: hashes[0]!.sha256 },
      ],
    };
    expect(verifySignOff(portfolio, swapped).status).toBe('bad-signature');
  });

  it('still verifies a sign-off made with one hash over all its records (format 2)', () => {
    const { portfolio, ids } = signedMany(3);
    const request = {
      id: 'so-old',
      subject: 'evidence' as const,
      recordIds: ids,
      signerId: 'sup-1',
      signedAt: '2026-10-02T15:00:00Z',
      decision: 'approved' as const,
    };
    const unsigned = {
      ...request,
      contentHash: hashRecords(portfolio, ids) ?? '',
      publicKey: supervisorKeys.publicKey,
    };
    const old = {
      ...unsigned,
      signature: bytesToHex(
        ed.sign(signedBytes(unsigned, portfolio.id), hexToBytes(supervisorKeys.secretKey)),
      ),
    };
    expect(verifySignOff(portfolio, old)).toMatchObject({ status: 'valid', exact: true });
    portfolio.evidence[1] = { ...portfolio.evidence[1]!, title: 'Changed' };
    // One hash over three records cannot say which changed: all are named as possibly edited.
    expect(verifySignOff(portfolio, old)).toMatchObject({
      status: 'content-changed',
      exact: false,
      changes: ids.map((recordId) => ({ recordId, kind: 'edited' })),
    });
  });
});

describe('canonical JSON', () => {
  it('follows RFC 8785 key ordering and number formatting', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: 1.5e3 })).toBe(
      '{"a":[true,null,"x"],"b":1,"c":1500}',
    );
  });

  it('hashes the same value identically whatever order its keys were written in', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const reversed = Object.fromEntries(Object.entries(value).reverse());
        expect(canonicalHash(reversed)).toBe(canonicalHash(value));
      }),
    );
  });
});
