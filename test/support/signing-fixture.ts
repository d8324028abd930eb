import type { Portfolio } from '../../shared/schemas/portfolio';
import type { SignOff } from '../../shared/schemas/records';
import type { KeyPair } from '../../shared/signing/sign-off';
import { createSignOff, generateKeyPair } from '../../shared/signing/sign-off';

/** Fixed keys for the fixture's supervisor (`sup-1`), so tests are repeatable. */
export const supervisorKeys: KeyPair = generateKeyPair(new Uint8Array(32).fill(7));

/** Gives `personId` the fixture key on record. */
export function trustKey(portfolio: Portfolio, personId = 'sup-1', keys = supervisorKeys): void {
  portfolio.people = portfolio.people.map((p) =>
    p.id === personId ? { ...p, publicKey: keys.publicKey } : p,
  );
}

let counter = 0;

/** Signs `recordIds` as they are now, adds the sign-off to the portfolio and returns it. */
export function signRecords(
  portfolio: Portfolio,
  subject: SignOff['subject'],
  recordIds: string[],
  options: { id?: string; signerId?: string; decision?: SignOff['decision']; keys?: KeyPair } = {},
): SignOff {
  counter += 1;
  const signOff = createSignOff(
    portfolio,
    {
      id: options.id ?? `so-${counter}`,
      subject,
      recordIds,
      signerId: options.signerId ?? 'sup-1',
      signedAt: '2026-10-02T15:00:00Z',
      decision: options.decision ?? 'approved',
    },
    (options.keys ?? supervisorKeys).secretKey,
  );
  portfolio.signOffs.push(signOff);
  return signOff;
}
