import { describe, expect, it } from 'vitest';
import { caseloadStatus } from '../../../shared/domain/caseload-phase';
import { signOffStates } from '../../../shared/domain/sign-off-status';
import type { Portfolio } from '../../../shared/schemas/portfolio';
import type { ClinicalContact } from '../../../shared/schemas/records';
import { emptyPortfolio, meta } from '../../support/portfolio-fixture';
import { createSignOff } from '../../../shared/signing/sign-off';
import { supervisorKeys, trustKey } from '../../support/signing-fixture';

function openGate(
  portfolio: Portfolio,
  phase: 'reduced' | 'full',
  effectiveFrom: string,
  options: { signerId?: string } = {},
) {
  const id = `gate-${phase}-${portfolio.phaseGates.length}`;
  portfolio.phaseGates.push({ ...meta(id), phase, effectiveFrom });
  // Signed on the day it takes effect: a gate opens no earlier than its signature.
  portfolio.signOffs.push(
    createSignOff(
      portfolio,
      {
        id: `so-${id}`,
        subject: 'phase-gate',
        recordIds: [id],
        signerId: options.signerId ?? 'sup-1',
        signedAt: `${effectiveFrom}T09:00:00Z`,
        decision: 'approved',
      },
      supervisorKeys.secretKey,
    ),
  );
}

function contact(
  id: string,
  date: string,
  kind: ClinicalContact['kind'] = 'treatment',
): ClinicalContact {
  return {
    ...meta(id),
    patientCode: `PT-${id.replace(/\D/g, '').padStart(4, '0')}`,
    date,
    kind,
    mode: 'telephone',
    durationMinutes: 30,
    interventions: [],
    measures: {},
    outcome: 'continuing',
  };
}

const status = (portfolio: Portfolio, today: string) =>
  caseloadStatus(portfolio, today, signOffStates(portfolio));

describe('caseloadStatus', () => {
  it('starts in shadowing, expecting no own caseload', () => {
    const result = status(emptyPortfolio(), '2026-10-01');
    expect(result.phaseToday).toBe('shadowing');
    expect(result.expectedContactsPerWeekNow).toBe(0);
    expect(result.gates.map((g) => g.open)).toEqual([false, false]);
  });

  it('moves to a reduced caseload (80 % of full) from the day the gate is signed off', () => {
    const portfolio = emptyPortfolio();
    trustKey(portfolio);
    openGate(portfolio, 'reduced', '2026-11-02');
    expect(status(portfolio, '2026-11-01').phaseToday).toBe('shadowing');
    const open = status(portfolio, '2026-11-02');
    expect(open.phaseToday).toBe('reduced');
    expect(open.expectedContactsPerWeekNow).toBe(16);
  });

  it('flags a contact dated before the reduced-caseload gate opened', () => {
    const portfolio = emptyPortfolio();
    trustKey(portfolio);
    openGate(portfolio, 'reduced', '2026-11-02');
    portfolio.contacts.push(
      contact('c1', '2026-10-30'),
      contact('c2', '2026-11-02'),
      contact('c3', '2026-10-20', 'shadowing'),
    );
    expect(status(portfolio, '2026-11-10').contactsOutsidePhase.map((c) => c.id)).toEqual(['c1']);
  });

  it('does not open a gate signed by an untrained supervisor, and says why', () => {
    const portfolio = emptyPortfolio();
    portfolio.people.push({
      id: 'sup-2',
      name: 'Kim Doe',
      role: 'supervisor',
      supervisorTrained: false,
    });
    trustKey(portfolio, 'sup-2');
    openGate(portfolio, 'reduced', '2026-11-02', { signerId: 'sup-2' });
    const gate = status(portfolio, '2026-12-01').gates[0]!;
    expect(gate.open).toBe(false);
    expect(gate.problem).toMatch(/not entitled/);
  });

  it('does not open a gate whose signature no longer verifies', () => {
    const portfolio = emptyPortfolio();
    trustKey(portfolio);
    openGate(portfolio, 'reduced', '2026-11-02');
    portfolio.phaseGates[0] = { ...portfolio.phaseGates[0]!, effectiveFrom: '2026-09-08' };
    const gate = status(portfolio, '2026-12-01').gates[0]!;
    expect(gate.open).toBe(false);
    expect(gate.problem).toMatch(/content-changed/);
  });

  it('never starts a full caseload before month 10, even when signed off earlier', () => {
    const portfolio = emptyPortfolio();
    trustKey(portfolio);
    openGate(portfolio, 'reduced', '2026-11-02');
    openGate(portfolio, 'full', '2027-03-01');
    const result = status(portfolio, '2027-06-08');
    expect(result.gates[1]!.effectiveFrom).toBe('2027-06-07');
    expect(result.phaseToday).toBe('full');
    expect(status(portfolio, '2027-06-06').phaseToday).toBe('reduced');
  });

  it('needs the reduced gate before the full one', () => {
    const portfolio = emptyPortfolio();
    trustKey(portfolio);
    openGate(portfolio, 'full', '2027-06-07');
    const result = status(portfolio, '2027-07-01');
    expect(result.phaseToday).toBe('shadowing');
    expect(result.gates[1]!.problem).toMatch(/reduced-caseload gate must open first/);
  });

  it('compares logged with expected contacts week by week', () => {
    const portfolio = emptyPortfolio();
    trustKey(portfolio);
    openGate(portfolio, 'reduced', '2026-09-07');
    for (let i = 0; i < 8; i += 1) portfolio.contacts.push(contact(`c${i}`, '2026-09-08'));
    const result = status(portfolio, '2026-09-20');
    expect(result.weeks[0]).toEqual({
      weekStart: '2026-09-07',
      phase: 'reduced',
      expected: 16,
      logged: 8,
    });
    expect(result.recentContactsPerWeek).toBe(8);
    expect(result.recentPercentOfExpected).toBe(50);
    expect(result.patientsSeen).toBe(8);
  });
});
