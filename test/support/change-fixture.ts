import type { Change } from '../../shared/domain/changes';
import type { ClinicalContact } from '../../shared/schemas/records';
import { contact } from './records';

/** A valid "log a contact" change for the fixture portfolio; `n` makes ids and codes unique. */
export function addContact(n: number, overrides: Partial<ClinicalContact> = {}): Change {
  const record = contact(`contact-${n}`, {
    patientCode: `PT-${String(n % 1000).padStart(4, '0')}`,
    date: '2026-10-01',
    interventions: ['behavioural-activation'],
    measures: { phq9: 14, gad7: 9 },
    ...overrides,
  });
  return { type: 'record-add', collection: 'contacts', record };
}
