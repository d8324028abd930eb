import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../../shared/domain/changes';
import { applyChange, changeSchema } from '../../../shared/domain/changes';
import type { Portfolio } from '../../../shared/schemas/portfolio';
import { portfolioSchema } from '../../../shared/schemas/portfolio';
import { addContact } from '../../support/change-fixture';
import { emptyPortfolio, meta } from '../../support/portfolio-fixture';
import { signRecords, trustKey } from '../../support/signing-fixture';

const AT = '2026-10-02T09:00:00.000Z';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function apply(portfolio: Portfolio, change: Change) {
  return applyChange(portfolio, changeSchema.parse(change), AT);
}

describe('applyChange', () => {
  it('adds a record without touching the portfolio it was given', () => {
    const before = deepFreeze(emptyPortfolio());
    const result = apply(before, addContact(1));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.portfolio.contacts).toHaveLength(1);
      expect(result.portfolio.updatedAt).toBe(AT);
      expect(result.portfolio.evidence).toBe(before.evidence);
    }
    expect(before.contacts).toHaveLength(0);
  });

  it.each([
    [
      'an unknown intervention',
      addContact(1, { interventions: ['hypnosis'] }),
      'record.interventions.0',
    ],
    [
      'an unknown presentation',
      addContact(1, { presentationId: 'nothing' }),
      'record.presentationId',
    ],
    [
      'a patient name instead of a code',
      addContact(1, { patientCode: 'John Smith' }),
      'record.patientCode',
    ],
    [
      'an email address in the notes',
      addContact(1, { notes: 'Sent to jo@example.org' }),
      'record.notes',
    ],
  ])('refuses %s, naming the field', (_label, change, path) => {
    const result = apply(emptyPortfolio(), change);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('refuses to reuse an id', () => {
    const first = apply(emptyPortfolio(), addContact(1));
    if (!first.ok) throw new Error('setup');
    const again = apply(first.portfolio, addContact(1));
    expect(again.ok || again.issues[0]?.message).toMatch(/already used/);
  });

  it('edits a draft, but never a submitted entry', () => {
    const draft = addContact(1, { state: 'draft' }) as {
      type: 'record-add';
      collection: 'contacts';
      record: Record<string, unknown> & { id: string };
    };
    const added = apply(emptyPortfolio(), draft);
    if (!added.ok) throw new Error('setup');
    const edited = apply(added.portfolio, {
      type: 'record-update-draft',
      collection: 'contacts',
      record: { ...draft.record, durationMinutes: 50 },
    });
    expect(edited.ok && edited.portfolio.contacts[0]?.durationMinutes).toBe(50);
    if (!edited.ok) return;
    const submitted = apply(edited.portfolio, {
      type: 'record-submit',
      collection: 'contacts',
      id: 'contact-1',
    });
    if (!submitted.ok) throw new Error('submit');
    const locked = apply(submitted.portfolio, {
      type: 'record-update-draft',
      collection: 'contacts',
      record: { ...draft.record, state: 'submitted' },
    });
    expect(locked.ok || locked.code).toBe('record-locked');
    const deleted = apply(submitted.portfolio, {
      type: 'record-delete-draft',
      collection: 'contacts',
      id: 'contact-1',
    });
    expect(deleted.ok || deleted.code).toBe('record-locked');
  });

  it('refuses to change the details of someone who has signed, so a signature keeps its meaning', () => {
    const portfolio = emptyPortfolio();
    trustKey(portfolio);
    portfolio.evidence.push({
      ...meta('ev-1'),
      interventionId: 'behavioural-activation',
      kind: 'case-summary',
      date: '2026-10-01',
      title: 'Case',
      description: 'Summary',
    });
    signRecords(portfolio, 'evidence', ['ev-1']);
    const signer = portfolio.people[0]!;
    const renamed = apply(portfolio, {
      type: 'person-put',
      person: { ...signer, name: 'Someone Else' },
    });
    expect(renamed.ok || renamed.issues[0]?.message).toMatch(/has signed entries/);
    const untrained = apply(portfolio, {
      type: 'person-put',
      person: { ...signer, supervisorTrained: false },
    });
    expect(untrained.ok).toBe(false);
  });

  it('refuses text with a broken (half) character, which could not be signed', () => {
    const result = apply(emptyPortfolio(), addContact(1, { notes: 'Smiled \uD83D today' }));
    expect(result.ok || result.issues[0]?.message).toMatch(/broken character/);
  });

  it('deletes a draft', () => {
    const added = apply(emptyPortfolio(), addContact(1, { state: 'draft' }));
    if (!added.ok) throw new Error('setup');
    const deleted = apply(added.portfolio, {
      type: 'record-delete-draft',
      collection: 'contacts',
      id: 'contact-1',
    });
    expect(deleted.ok && deleted.portfolio.contacts).toEqual([]);
  });

  it('keeps the whole document valid whatever sequence of changes is accepted', () => {
    const step = fc.oneof(
      fc.record({
        kind: fc.constant('add' as const),
        n: fc.integer({ min: 1, max: 30 }),
        draft: fc.boolean(),
        bad: fc.boolean(),
      }),
      fc.record({
        kind: fc.constant('amend' as const),
        n: fc.integer({ min: 1, max: 30 }),
        m: fc.integer({ min: 31, max: 60 }),
      }),
      fc.record({ kind: fc.constant('submit' as const), n: fc.integer({ min: 1, max: 30 }) }),
      fc.record({ kind: fc.constant('delete' as const), n: fc.integer({ min: 1, max: 30 }) }),
      fc.record({
        kind: fc.constant('edit' as const),
        n: fc.integer({ min: 1, max: 30 }),
        minutes: fc.integer({ min: -5, max: 300 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let portfolio = emptyPortfolio();
        for (const s of steps) {
          let change: Change;
          const record = (n: number, extra = {}) =>
            (addContact(n, extra) as { record: Record<string, unknown> & { id: string } }).record;
          if (s.kind === 'add')
            change = addContact(s.n, {
              state: s.draft ? 'draft' : 'submitted',
              ...(s.bad ? { interventions: ['made-up'] } : {}),
            });
          else if (s.kind === 'amend')
            change = {
              type: 'record-amend',
              collection: 'contacts',
              supersedes: `contact-${s.n}`,
              reason: 'Correction',
              record: record(s.m),
            };
          else if (s.kind === 'submit')
            change = { type: 'record-submit', collection: 'contacts', id: `contact-${s.n}` };
          else if (s.kind === 'delete')
            change = { type: 'record-delete-draft', collection: 'contacts', id: `contact-${s.n}` };
          else
            change = {
              type: 'record-update-draft',
              collection: 'contacts',
              record: record(s.n, { state: 'draft', durationMinutes: s.minutes }),
            };
          const result = applyChange(portfolio, change, AT);
          if (result.ok) {
            portfolio = result.portfolio;
            const whole = portfolioSchema.safeParse(portfolio);
            expect(whole.success, JSON.stringify(whole.error?.issues)).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
