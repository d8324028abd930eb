import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, weekdayIndex, weekStart } from '../../../shared/dates';
import { PATIENT_CODE_PATTERN } from '../../../shared/domain/data-minimisation';
import { currentRecords } from '../../../shared/domain/current-records';
import { entryIssues } from '../../../shared/domain/entry-rules';
import { supervisionCompliance } from '../../../shared/domain/supervision';
import type { GeneratorOptions } from '../../../shared/generator/synthetic-portfolio';
import { generatePortfolio } from '../../../shared/generator/synthetic-portfolio';
import type { Portfolio } from '../../../shared/schemas/portfolio';
import { collectionNames, portfolioSchema } from '../../../shared/schemas/portfolio';
import { createSignOff, verifySignOff } from '../../../shared/signing/sign-off';

const START = '2025-09-01';
const FULL_YEAR = addDays(addMonths(START, 12), -1);

function fullYear(overrides: Partial<GeneratorOptions> = {}) {
  return generatePortfolio({ seed: 1, at: FULL_YEAR, startDate: START, ...overrides });
}

function ownPatients(portfolio: Portfolio): number {
  return new Set(portfolio.contacts.filter((c) => c.kind !== 'shadowing').map((c) => c.patientCode))
    .size;
}

/** Everything in the portfolio dated or written after the end of `at`, as readable strings. */
function afterAt(portfolio: Portfolio, at: string): string[] {
  const endOfAt = Date.parse(`${at}T23:59:59.999Z`);
  const late: string[] = [];
  const instant = (what: string, value: string) => {
    if (Date.parse(value) > endOfAt) late.push(`${what} ${value}`);
  };
  const dated = [
    ...portfolio.contacts,
    ...portfolio.supervision,
    ...portfolio.evidence,
    ...portfolio.reflections,
    ...portfolio.assessments,
    ...portfolio.supervisorReports,
    ...portfolio.offTheJob,
  ];
  for (const record of dated) {
    if (record.date > at) late.push(`${record.id} dated ${record.date}`);
    instant(record.id, record.recordedAt);
  }
  for (const day of portfolio.programmeDays) {
    if (day.date > at && day.status !== 'planned') late.push(`${day.id} ${day.status} ${day.date}`);
    instant(day.id, day.recordedAt);
  }
  for (const gate of portfolio.phaseGates) {
    if (gate.effectiveFrom > at) late.push(`${gate.id} effective ${gate.effectiveFrom}`);
    instant(gate.id, gate.recordedAt);
  }
  for (const signOff of portfolio.signOffs) instant(signOff.id, signOff.signedAt);
  instant('createdAt', portfolio.createdAt);
  instant('updatedAt', portfolio.updatedAt);
  return late;
}

describe('generatePortfolio', () => {
  it('gives byte-identical JSON for the same seed and options', () => {
    const options: GeneratorOptions = { seed: 99, at: '2026-03-15', startDate: START, scale: 2 };
    expect(JSON.stringify(generatePortfolio(options))).toBe(
      JSON.stringify(generatePortfolio({ ...options })),
    );
  });

  it('gives a different portfolio for a different seed', () => {
    const a = generatePortfolio({ seed: 1, at: '2026-03-15', startDate: START }).portfolio;
    const b = generatePortfolio({ seed: 2, at: '2026-03-15', startDate: START }).portfolio;
    expect(a.id).not.toBe(b.id);
    expect(JSON.stringify(a.contacts)).not.toBe(JSON.stringify(b.contacts));
  });

  it('is valid against the portfolio schema for any seed, route and completeness', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -14, max: 400 }),
        fc.constantFrom('pgcert', 'gradcert', 'apprenticeship' as const),
        fc.constantFrom('on-track', 'behind' as const),
        (seed, offset, route, completeness) => {
          const at = addDays(START, offset);
          const { portfolio } = generatePortfolio({
            seed,
            at,
            startDate: START,
            route,
            completeness,
          });
          const result = portfolioSchema.safeParse(portfolio);
          expect(result.error?.issues ?? []).toEqual([]);
          expect(afterAt(portfolio, at)).toEqual([]);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('makes only entries the app would accept on save on `at` (the rules for new entries)', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -14, max: 400 }),
        fc.constantFrom('pgcert', 'gradcert', 'apprenticeship' as const),
        fc.constantFrom('on-track', 'behind' as const),
        (seed, offset, route, completeness) => {
          const at = addDays(START, offset);
          const { portfolio } = generatePortfolio({
            seed,
            at,
            startDate: START,
            route,
            completeness,
          });
          const refused = collectionNames.flatMap((name) =>
            currentRecords(portfolio[name] as Portfolio[typeof name][number][]).flatMap((record) =>
              entryIssues(portfolio, name, record, 'replace', at).map(
                (issue) => `${name} ${record.id}: ${issue.message}`,
              ),
            ),
          );
          expect(refused).toEqual([]);
        },
      ),
      { numRuns: 20 },
    );
  });

  it.each(Array.from({ length: 14 }, (_, month) => month - 1))(
    'is valid, and holds nothing after `at` but planned days, %i months into the year',
    (months) => {
      const at = addDays(addMonths(START, months), 3);
      const { portfolio } = generatePortfolio({ seed: months * 7 + 3, at, startDate: START });
      expect(portfolioSchema.safeParse(portfolio).error?.issues ?? []).toEqual([]);
      expect(afterAt(portfolio, at)).toEqual([]);
      for (const day of portfolio.programmeDays)
        expect(day.status === 'planned', day.id).toBe(day.date > at);
    },
  );

  it('cuts the same year off sooner for an earlier `at`', () => {
    const year = fullYear().portfolio;
    const at = addMonths(START, 2);
    const early = fullYear({ at }).portfolio;
    const earlyContactIds = early.contacts.map((c) => c.id);
    expect(earlyContactIds).toEqual(year.contacts.filter((c) => c.date <= at).map((c) => c.id));
    expect(early.contacts.length).toBeGreaterThan(0);
    expect(early.contacts.length).toBeLessThan(year.contacts.length / 5);
  });

  it('has about the expected 170 patients in a full year, and five times as many at scale 5', () => {
    const one = ownPatients(fullYear().portfolio);
    const five = ownPatients(fullYear({ scale: 5 }).portfolio);
    expect(one).toBeGreaterThanOrEqual(140);
    expect(one).toBeLessThanOrEqual(200);
    expect(five / one).toBeGreaterThan(4.4);
    expect(five / one).toBeLessThan(5.6);
  });

  it('signs with the people’s keys: every sign-off verifies, and the keys can sign more', () => {
    const { portfolio, keys } = fullYear({ seed: 5 });
    expect(portfolio.signOffs.length).toBeGreaterThan(10);
    for (const signOff of portfolio.signOffs)
      expect(verifySignOff(portfolio, signOff).status, signOff.id).toBe('valid');
    for (const person of portfolio.people)
      expect(keys[person.id]?.publicKey).toBe(person.publicKey);

    const evidence = portfolio.evidence[0];
    const supervisor = portfolio.people.find((p) => p.role === 'supervisor');
    const key = supervisor && keys[supervisor.id];
    if (!evidence || !supervisor || !key) throw new Error('The generator gave no evidence');
    const more = createSignOff(
      portfolio,
      {
        id: 'so-extra',
        subject: 'evidence',
        recordIds: [evidence.id],
        signerId: supervisor.id,
        signedAt: `${FULL_YEAR}T12:00:00Z`,
        decision: 'approved',
      },
      key.secretKey,
    );
    expect(verifySignOff(portfolio, more).status).toBe('valid');
  });

  it('opens each caseload phase through a gate whose sign-off covers it', () => {
    const { portfolio } = fullYear();
    expect(portfolio.phaseGates.map((g) => g.phase)).toEqual(['reduced', 'full']);
    for (const gate of portfolio.phaseGates) {
      const signOff = portfolio.signOffs.find((s) => s.recordIds.includes(gate.id));
      expect(signOff?.subject).toBe('phase-gate');
    }
    const [reduced, full] = portfolio.phaseGates;
    expect(reduced?.effectiveFrom).toBe(addDays(START, 56));
    expect(full && full.effectiveFrom >= addMonths(START, 9)).toBe(true);
  });

  it('has a signed front sheet and a signed practice-outcomes statement with its figures by the end', () => {
    const { portfolio } = fullYear();
    expect(portfolio.declarations.map((d) => d.kind)).toEqual(['front-sheet', 'practice-outcomes']);
    expect(portfolio.declarations[1]?.figures?.finishedCases).toBeGreaterThan(50);
    for (const declaration of portfolio.declarations) {
      expect(portfolio.signOffs.find((s) => s.recordIds.includes(declaration.id))?.subject).toBe(
        declaration.kind,
      );
    }
  });

  it('follows the programme: 45 days, shadowing first, contacts on weekdays, patient codes', () => {
    const { portfolio } = fullYear();
    expect(portfolio.programmeDays).toHaveLength(45);
    expect(portfolio.programmeDays.every((d) => d.date >= START && d.date <= FULL_YEAR)).toBe(true);
    const reducedFrom = addDays(START, 56);
    for (const contact of portfolio.contacts) {
      expect(weekdayIndex(contact.date)).toBeLessThan(5);
      expect(contact.patientCode).toMatch(PATIENT_CODE_PATTERN);
      expect(contact.kind === 'shadowing').toBe(contact.date < reducedFrom);
    }
    const kinds = new Set(portfolio.contacts.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(['assessment', 'group', 'review', 'shadowing', 'treatment']);
    for (const intervention of portfolio.programme.interventions) {
      const kinds = portfolio.evidence
        .filter((e) => e.interventionId === intervention.id)
        .map((e) => e.kind);
      expect(kinds).toEqual(expect.arrayContaining(['observed-practice', 'recorded-role-play']));
    }
  });

  it('reviews every patient on the caseload in case management at least every four weeks', () => {
    for (const at of [addMonths(START, 4), addMonths(START, 8), FULL_YEAR]) {
      const compliance = supervisionCompliance(fullYear({ at }).portfolio, at);
      expect(compliance.caseload.length).toBeGreaterThan(0);
      expect(compliance.overdueReviews).toEqual([]);
      expect(compliance.lateReviews).toEqual([]);
      expect(compliance.caseManagement.missedWeekRuns).toEqual([]);
      expect(compliance.clinicalSkills.gaps).toEqual([]);
    }
  });

  it('gives a trainee who is behind fewer counted supervision weeks and fewer contacts', () => {
    for (const seed of [1, 2, 3]) {
      const onTrack = fullYear({ seed }).portfolio;
      const behind = fullYear({ seed, completeness: 'behind' }).portfolio;
      const weeksMet = (p: Portfolio) =>
        supervisionCompliance(p, FULL_YEAR).caseManagement.weeksMet;
      expect(weeksMet(behind)).toBeLessThan(weeksMet(onTrack));
      expect(behind.contacts.length).toBeLessThan(onTrack.contacts.length);
      expect(behind.programmeDays.some((d) => d.status === 'missed')).toBe(true);
      const withEvidence = new Set(behind.evidence.map((e) => e.interventionId));
      expect(withEvidence.size).toBeLessThan(behind.programme.interventions.length);
    }
  });

  it('records off-the-job training only on the apprenticeship, about six to seven hours a week', () => {
    expect(fullYear().portfolio.offTheJob).toEqual([]);
    const { offTheJob } = fullYear({ route: 'apprenticeship' }).portfolio;
    const weeks = daysBetween(weekStart(START), FULL_YEAR) / 7;
    const average = offTheJob.reduce((sum, r) => sum + r.hours, 0) / weeks;
    expect(average).toBeGreaterThanOrEqual(6);
    expect(average).toBeLessThanOrEqual(7.5);
  });

  it('starts 11 months before `at`, on a Monday, when no start date is given', () => {
    const { portfolio } = generatePortfolio({ seed: 3, at: '2026-08-20' });
    expect(portfolio.trainee.startDate).toBe(weekStart(addMonths('2026-08-20', -11)));
  });

  it.each([
    [{ seed: 1, at: '2026-13-01' }, /at/],
    [{ seed: 1, at: '2026-01-01', startDate: 'soon' }, /startDate/],
    [{ seed: 1, at: '2026-01-01', scale: 0 }, /scale/],
    [{ seed: Number.NaN, at: '2026-01-01' }, /seed/],
  ])('refuses bad options %j', (options, message) => {
    expect(() => generatePortfolio(options)).toThrow(message);
  });
});
