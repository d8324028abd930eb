import type { Change } from '../../shared/domain/changes';
import type { ClinicalContact } from '../../shared/schemas/records';

/** A valid "log a contact" change for the fixture portfolio; `n` makes ids and codes unique. */
export function addContact(n: number, overrides: Partial<ClinicalContact> = {}): Change {
  const record: ClinicalContact = {
    id: `contact-${n}`,
    recordedAt: '2026-10-01T10:00:00Z',
    state: 'submitted',
    patientCode: `PT-${String(n % 1000).padStart(4, '0')}`,
    date: '2026-10-01',
    kind: 'treatment',
    mode: 'telephone',
    durationMinutes: 30,
    interventions: ['behavioural-activation'],
    measures: { phq9: 14, gad7: 9 },
    outcome: 'continuing',
    ...overrides,
  };
  return { type: 'record-add', collection: 'contacts', record };
}
