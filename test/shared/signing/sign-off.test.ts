import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { portfolioSchema } from '../../../shared/schemas/portfolio';
import { canonicalHash, canonicalJson } from '../../../shared/signing/canonical';
import { createSignOff, generateKeyPair, verifySignOff } from '../../../shared/signing/sign-off';
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
