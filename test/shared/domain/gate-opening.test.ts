import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, anniversary } from '../../../shared/dates';
import { caseloadStatus } from '../../../shared/domain/caseload-phase';
import { signOffStates } from '../../../shared/domain/sign-off-status';
import type { Portfolio } from '../../../shared/schemas/portfolio';
import type { ClinicalContact } from '../../../shared/schemas/records';
import { createSignOff } from '../../../shared/signing/sign-off';
import { emptyPortfolio, meta } from '../../support/portfolio-fixture';
import { supervisorKeys, trustKey } from '../../support/signing-fixture';

/**
 * A caseload-phase gate opens on the later of its effective date and the day the sign-off that
 * opens it was signed (and never before the phase's earliest date): it cannot be backdated to
 * before anyone signed, so own-caseload contacts before the signature stay flagged.
 */

const START = '2026-09-07';

function gate(
  portfolio: Portfolio,
  id: string,
  phase: 'reduced' | 'full',
  effectiveFrom: string,
  signedAt: string,
) {
  portfolio.phaseGates.push({ ...meta(id), phase, effectiveFrom });
  portfolio.signOffs.push(
    createSignOff(
      portfolio,
      {
        id: `so-${id}`,
        subject: 'phase-gate',
        recordIds: [id],
        signerId: 'sup-1',
        signedAt,
        decision: 'approved',
      },
      supervisorKeys.secretKey,
    ),
  );
}

function contact(id: string, date: string): ClinicalContact {
  return {
    ...meta(id),
    patientCode: `PT-${id.replace(/\D/g, '').padStart(4, '0')}`,
    date,
    kind: 'treatment',
    mode: 'telephone',
    durationMinutes: 30,
    interventions: [],
    measures: {},
    outcome: 'continuing',
  };
}

const statusOf = (portfolio: Portfolio, today: string) =>
  caseloadStatus(portfolio, today, signOffStates(portfolio));

const later = (...dates: string[]) => dates.reduce((a, b) => (b > a ? b : a));

describe('a gate cannot be backdated', () => {
  it('signed on 20 March "effective 6 March" opens on 20 March, and flags the contacts before it', () => {
    const portfolio = emptyPortfolio();
    trustKey(portfolio);
    gate(portfolio, 'gate-1', 'reduced', '2027-03-06', '2027-03-20T14:00:00Z');
    portfolio.contacts.push(contact('c1', '2027-03-10'), contact('c2', '2027-03-20'));
    const status = statusOf(portfolio, '2027-04-01');
    expect(status.gates[0]).toMatchObject({
      open: true,
      effectiveFrom: '2027-03-20',
      signedOn: '2027-03-20',
    });
    expect(status.contactsOutsidePhase.map((c) => c.id)).toEqual(['c1']);
    expect(statusOf(portfolio, '2027-03-19').phaseToday).toBe('shadowing');
  });

  it('counts the day of signing as written in the signature, in its own offset', () => {
    const portfolio = emptyPortfolio();
    trustKey(portfolio);
    // 00:30 on 6 June in British Summer Time: the signer's calendar says 6 June.
    gate(portfolio, 'gate-1', 'reduced', '2027-06-01', '2027-06-06T00:30:00+01:00');
    expect(statusOf(portfolio, '2027-07-01').gates[0]?.effectiveFrom).toBe('2027-06-06');
  });

  it('of two signed gate records, the one that opens soonest counts', () => {
    const portfolio = emptyPortfolio();
    trustKey(portfolio);
    gate(portfolio, 'gate-1', 'reduced', '2026-10-01', '2026-12-01T10:00:00Z');
    gate(portfolio, 'gate-2', 'reduced', '2026-11-02', '2026-11-02T10:00:00Z');
    expect(statusOf(portfolio, '2027-01-01').gates[0]?.effectiveFrom).toBe('2026-11-02');
  });

  it('for any effective and signature dates: the phase opens on the later, and contacts before are flagged', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -30, max: 200 }),
        fc.integer({ min: -30, max: 200 }),
        fc.integer({ min: 0, max: 23 }),
        fc.array(fc.integer({ min: 0, max: 260 }), { maxLength: 8 }),
        (effectiveOffset, signedOffset, hour, contactOffsets) => {
          const portfolio = emptyPortfolio();
          trustKey(portfolio);
          const effective = addDays(START, effectiveOffset);
          const signed = addDays(START, signedOffset);
          gate(
            portfolio,
            'gate-r',
            'reduced',
            effective,
            `${signed}T${String(hour).padStart(2, '0')}:15:00Z`,
          );
          contactOffsets.forEach((offset, i) =>
            portfolio.contacts.push(contact(`c${i + 1}`, addDays(START, offset))),
          );
          const opens = later(effective, signed, START);
          const status = statusOf(portfolio, addDays(START, 300));
          expect(status.gates[0]).toMatchObject({ open: true, effectiveFrom: opens });
          expect(status.contactsOutsidePhase.map((c) => c.id).sort()).toEqual(
            portfolio.contacts
              .filter((c) => c.date < opens)
              .map((c) => c.id)
              .sort(),
          );
          expect(statusOf(portfolio, opens).phaseToday).toBe('reduced');
          if (opens > START)
            expect(statusOf(portfolio, addDays(opens, -1)).phaseToday).toBe('shadowing');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('for any dates: the full-caseload gate opens on the latest of effective, signed and month N', () => {
    const monthN = anniversary(START, 9);
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 400 }),
        fc.integer({ min: 200, max: 400 }),
        (effectiveOffset, signedOffset) => {
          const portfolio = emptyPortfolio();
          trustKey(portfolio);
          gate(portfolio, 'gate-r', 'reduced', START, `${START}T09:00:00Z`);
          const effective = addDays(START, effectiveOffset);
          const signed = addDays(START, signedOffset);
          gate(portfolio, 'gate-f', 'full', effective, `${signed}T09:00:00Z`);
          const opens = later(effective, signed, monthN);
          const status = statusOf(portfolio, addDays(START, 420));
          expect(status.gates[1]).toMatchObject({ open: true, effectiveFrom: opens });
          expect(statusOf(portfolio, opens).phaseToday).toBe('full');
          expect(statusOf(portfolio, addDays(opens, -1)).phaseToday).toBe('reduced');
        },
      ),
      { numRuns: 100 },
    );
  });
});
