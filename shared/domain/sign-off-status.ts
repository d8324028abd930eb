import { dateInWords } from '../dates';
import type { Portfolio } from '../schemas/portfolio';
import type { SignOff } from '../schemas/records';
import type { RecordChange, SignOffVerification, Verifier } from '../signing/sign-off';
import { recordsById, supersededRecordIds, verifySignOff } from '../signing/sign-off';

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
  /** Each changed record with words a person recognises it by (e.g. “evidence “BA role-play””). */
  changedRecords: (RecordChange & { label: string })[];
}

/** How a person would name a record: what it is, and its title or date. */
function recordLabel(record: Record<string, unknown> | undefined, id: string): string {
  if (!record) return `entry ${id}`;
  const title = typeof record.title === 'string' ? `“${record.title}”` : null;
  const date = typeof record.date === 'string' ? dateInWords(record.date) : null;
  const patient = typeof record.patientCode === 'string' ? record.patientCode : null;
  if (patient && date) return `the contact with ${patient} on ${date}`;
  if (title) return `the entry ${title}`;
  if (date) return `the entry of ${date}`;
  return `entry ${id}`;
}

/**
 * Every sign-off verified once, so each rule can ask about them without re-checking signatures.
 * `verifier` checks the Ed25519 signatures (pure TypeScript unless the caller passes another).
 */
export function signOffStates(portfolio: Portfolio, verifier?: Verifier): SignOffState[] {
  const people = new Map(portfolio.people.map((p) => [p.id, p]));
  // One index of every record for all the sign-offs, rather than one per sign-off.
  const byId = recordsById(portfolio);
  const superseded = supersededRecordIds(portfolio);
  return portfolio.signOffs.map((signOff) => {
    const verification = verifySignOff(portfolio, signOff, byId, verifier, superseded);
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
      changedRecords: verification.changes.map((change) => ({
        ...change,
        label: recordLabel(
          byId.get(change.recordId) as Record<string, unknown> | undefined,
          change.recordId,
        ),
      })),
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
