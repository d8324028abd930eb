import { describe, expect, it } from 'vitest';
import type { Change } from '../../../shared/domain/changes';
import { applyChange } from '../../../shared/domain/changes';
import type { Portfolio } from '../../../shared/schemas/portfolio';
import { addContact } from '../../support/change-fixture';
import { emptyPortfolio } from '../../support/portfolio-fixture';

const AT = '2026-10-02T09:00:00.000Z';

function apply(portfolio: Portfolio, change: Change): Portfolio {
  const result = applyChange(portfolio, change, AT);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.portfolio;
}

function refusesId(portfolio: Portfolio, change: Change): boolean {
  const result = applyChange(portfolio, change, AT);
  return !result.ok && result.issues.some((i) => i.message.includes('is already used'));
}

/** The index of ids in use (`change-invariants.ts`) must answer exactly as a full scan would. */
describe('the id index behind "this id is already used"', () => {
  it('follows a run of saves', () => {
    let portfolio = emptyPortfolio();
    for (let n = 0; n < 20; n += 1) portfolio = apply(portfolio, addContact(n));
    for (let n = 0; n < 20; n += 1) expect(refusesId(portfolio, addContact(n))).toBe(true);
    expect(refusesId(portfolio, addContact(20))).toBe(false);
  });

  it('is not fooled by branching from an older portfolio', () => {
    const base = apply(emptyPortfolio(), addContact(1));
    const left = apply(base, addContact(2));
    // The base does not hold contact 2, so it may still be added there…
    expect(refusesId(base, addContact(2))).toBe(false);
    const right = apply(base, addContact(3));
    // …and each branch knows only its own.
    expect(refusesId(left, addContact(3))).toBe(false);
    expect(refusesId(right, addContact(2))).toBe(false);
    expect(refusesId(left, addContact(2))).toBe(true);
    expect(refusesId(right, addContact(3))).toBe(true);
  });

  it('sees records added in place, ids of people, and a deleted draft', () => {
    const portfolio = apply(emptyPortfolio(), addContact(1));
    expect(refusesId(portfolio, addContact(2))).toBe(false);
    const pushed = apply(emptyPortfolio(), addContact(9));
    pushed.contacts.push(...portfolio.contacts);
    expect(refusesId(pushed, addContact(1))).toBe(true);
    const person = portfolio.people[0]!;
    const sameAsPerson = addContact(5);
    if (sameAsPerson.type === 'record-add') sameAsPerson.record.id = person.id;
    expect(refusesId(portfolio, sameAsPerson)).toBe(true);
    const draft = addContact(7);
    if (draft.type === 'record-add') draft.record.state = 'draft';
    const withDraft = apply(portfolio, draft);
    const deleted = apply(withDraft, {
      type: 'record-delete-draft',
      collection: 'contacts',
      id: 'contact-7',
    });
    expect(refusesId(withDraft, addContact(7))).toBe(true);
    expect(refusesId(deleted, addContact(7))).toBe(false);
  });
});
