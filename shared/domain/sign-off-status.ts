import type { Portfolio } from '../schemas/portfolio';
import type { SignOff } from '../schemas/records';
import type { SignOffVerification } from '../signing/sign-off';
import { recordsById, verifySignOff } from '../signing/sign-off';

export interface SignOffState extends SignOffVerification {
  subject: SignOff['subject'];
  recordIds: string[];
  signerId: string;
  /** The signer's name as listed, or null when nobody by that id is listed. */
  signerName: string | null;
  signedAt: string;
  decision: SignOff['decision'];
  /** The signer may sign this kind of thing: a supervisor who completed supervisor training. */
  signerEntitled: boolean;
  /** Valid, approved, by an entitled signer, and not since superseded: it counts. */
  counts: boolean;
}

/** Every sign-off verified once, so each rule can ask about them without re-checking signatures. */
export function signOffStates(portfolio: Portfolio): SignOffState[] {
  const people = new Map(portfolio.people.map((p) => [p.id, p]));
  // One index of every record for all the sign-offs, rather than one per sign-off.
  const byId = recordsById(portfolio);
  return portfolio.signOffs.map((signOff) => {
    const verification = verifySignOff(portfolio, signOff, byId);
    const signer = people.get(signOff.signerId);
    const signerEntitled = signer?.role === 'supervisor' && signer.supervisorTrained;
    return {
      ...verification,
      subject: signOff.subject,
      recordIds: signOff.recordIds,
      signerId: signOff.signerId,
      signerName: signer?.name ?? null,
      signedAt: signOff.signedAt,
      decision: signOff.decision,
      signerEntitled,
      counts:
        verification.status === 'valid' &&
        !verification.superseded &&
        signOff.decision === 'approved' &&
        signerEntitled,
    };
  });
}

/** Ids of records covered by at least one sign-off that counts. */
export function signedRecordIds(states: readonly SignOffState[]): Set<string> {
  return new Set(states.filter((s) => s.counts).flatMap((s) => s.recordIds));
}
