import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { newPortfolio } from '../../../shared/domain/new-portfolio';
import type { PatientOutcome } from '../../../shared/domain/practice-outcomes';
import { practiceOutcomes } from '../../../shared/domain/practice-outcomes';
import { nationalDefaultProgramme } from '../../../shared/programme/national-default';
import type { Portfolio } from '../../../shared/schemas/portfolio';
import type { ClinicalContact, Measures } from '../../../shared/schemas/records';
import { contactKind, contactOutcome } from '../../../shared/schemas/records';

const TODAY = '2026-12-31';
const FIRST_VISIT = '2026-10-01';

let nextId = 0;

function contact(overrides: Partial<ClinicalContact> = {}): ClinicalContact {
  nextId += 1;
  return {
    id: `c${nextId}`,
    recordedAt: '2026-10-01T10:00:00Z',
    state: 'submitted',
    patientCode: 'PT-0001',
    date: FIRST_VISIT,
    kind: 'treatment',
    mode: 'telephone',
    durationMinutes: 30,
    interventions: ['behavioural-activation'],
    measures: {},
    outcome: 'continuing',
    ...overrides,
  };
}

/** One patient's contacts, a week apart from the first visit. */
function course(steps: Partial<ClinicalContact>[], patientCode = 'PT-0001'): ClinicalContact[] {
  return steps.map((step, week) =>
    contact({ patientCode, date: addDays(FIRST_VISIT, 7 * week), ...step }),
  );
}

/** Assessment, treatment, treatment-and-discharge: the shortest finished course by default. */
function finishedCourse(first: Measures, last: Measures, patientCode = 'PT-0001') {
  return course(
    [
      { kind: 'assessment', measures: first },
      { kind: 'treatment' },
      { kind: 'treatment', measures: last, outcome: 'discharged' },
    ],
    patientCode,
  );
}

type Outcomes = typeof nationalDefaultProgramme.outcomes;

function portfolioWith(contacts: ClinicalContact[], outcomes: Partial<Outcomes> = {}): Portfolio {
  const programme = {
    ...nationalDefaultProgramme,
    outcomes: { ...nationalDefaultProgramme.outcomes, ...outcomes },
  };
  const portfolio = newPortfolio(
    {
      name: 'Alex Trainee',
      university: 'University of Exeter',
      service: 'Devon Talking Therapies',
      cohort: '2026 September',
      startDate: '2026-09-01',
      route: 'pgcert',
    },
    { id: 'p1', now: new Date('2026-09-01T09:00:00Z'), programme },
  );
  portfolio.contacts.push(...contacts);
  return portfolio;
}

function onlyRow(contacts: ClinicalContact[], outcomes: Partial<Outcomes> = {}): PatientOutcome {
  const { patients } = practiceOutcomes(portfolioWith(contacts, outcomes), TODAY);
  expect(patients).toHaveLength(1);
  const [row] = patients;
  if (!row) throw new Error('expected one patient');
  return row;
}

describe('practiceOutcomes', () => {
  it('shows no patients and no rates before any contact is logged', () => {
    expect(practiceOutcomes(portfolioWith([]), TODAY)).toEqual({
      patients: [],
      totals: {
        finishedCases: 0,
        casenessAtStart: 0,
        recovered: 0,
        recoveryRate: null,
        reliableImprovement: 0,
        reliableImprovementRate: null,
        reliableRecovery: 0,
        deterioration: 0,
        steppedUp: 0,
        notMeasured: 0,
      },
    });
  });

  it.each<[string, Partial<ClinicalContact>[], boolean]>([
    [
      'one treatment session then discharge is not finished',
      [{ kind: 'assessment' }, { kind: 'treatment', outcome: 'discharged' }],
      false,
    ],
    [
      'two treatment sessions then discharge is finished',
      [{ kind: 'assessment' }, { kind: 'treatment' }, { kind: 'treatment', outcome: 'discharged' }],
      true,
    ],
    [
      'group sessions count as treatment sessions',
      [{ kind: 'assessment' }, { kind: 'group' }, { kind: 'group', outcome: 'discharged' }],
      true,
    ],
    [
      'assessments and reviews are not treatment sessions',
      [{ kind: 'assessment' }, { kind: 'treatment' }, { kind: 'review', outcome: 'discharged' }],
      false,
    ],
    [
      'a discharge followed by another contact leaves the case open',
      [{ kind: 'treatment' }, { kind: 'treatment', outcome: 'discharged' }, { kind: 'review' }],
      false,
    ],
    [
      'a patient stepped up at the last contact has not finished with the trainee',
      [{ kind: 'treatment' }, { kind: 'treatment', outcome: 'stepped-up' }],
      false,
    ],
  ])('%s', (_label, steps, finished) => {
    expect(onlyRow(course(steps)).finished).toBe(finished);
  });

  it('follows the programme’s own number of treatment sessions for a finished case', () => {
    const contacts = finishedCourse({ phq9: 15 }, { phq9: 5 });
    expect(onlyRow(contacts, { minimumTreatmentSessionsForFinished: 3 }).finished).toBe(false);
    expect(onlyRow(contacts, { minimumTreatmentSessionsForFinished: 2 }).finished).toBe(true);
  });

  it.each<[string, Measures, boolean]>([
    ['a PHQ-9 of 10 is caseness', { phq9: 10, gad7: 0 }, true],
    ['a PHQ-9 of 9 is not', { phq9: 9, gad7: 0 }, false],
    ['a GAD-7 of 8 is caseness', { phq9: 0, gad7: 8 }, true],
    ['a GAD-7 of 7 is not', { phq9: 0, gad7: 7 }, false],
    ['PHQ-9 9 and GAD-7 7 together are not', { phq9: 9, gad7: 7 }, false],
    ['a GAD-7 alone can show caseness', { gad7: 15 }, true],
    ['no scores at all is not caseness', {}, false],
  ])('at the start: %s', (_label, first, caseness) => {
    expect(onlyRow(finishedCourse(first, first)).caseness).toBe(caseness);
  });

  it.each<[string, Measures, Measures, Partial<PatientOutcome>]>([
    [
      'a PHQ-9 fall of exactly 6 is reliable improvement',
      { phq9: 20, gad7: 5 },
      { phq9: 14, gad7: 5 },
      { reliablyImproved: true, reliablyDeteriorated: false },
    ],
    [
      'a PHQ-9 fall of 5 is not',
      { phq9: 20, gad7: 5 },
      { phq9: 15, gad7: 5 },
      { reliablyImproved: false, reliablyDeteriorated: false },
    ],
    [
      'a GAD-7 fall of exactly 4 is reliable improvement',
      { phq9: 5, gad7: 12 },
      { phq9: 5, gad7: 8 },
      { reliablyImproved: true },
    ],
    [
      'a GAD-7 fall of 3 is not',
      { phq9: 5, gad7: 12 },
      { phq9: 5, gad7: 9 },
      { reliablyImproved: false },
    ],
    [
      'improvement on PHQ-9 with deterioration on GAD-7 is deterioration, not improvement',
      { phq9: 20, gad7: 5 },
      { phq9: 10, gad7: 9 },
      { reliablyImproved: false, reliablyDeteriorated: true, reliablyRecovered: false },
    ],
    [
      'a PHQ-9 rise of exactly 6 is reliable deterioration',
      { phq9: 5, gad7: 5 },
      { phq9: 11, gad7: 5 },
      { reliablyDeteriorated: true },
    ],
    [
      'a GAD-7 rise of 3 is not',
      { phq9: 5, gad7: 5 },
      { phq9: 5, gad7: 8 },
      { reliablyDeteriorated: false },
    ],
    [
      'both measures below caseness at the end, from caseness, is recovery',
      { phq9: 15, gad7: 10 },
      { phq9: 9, gad7: 7 },
      { caseness: true, recovered: true, reliablyImproved: true, reliablyRecovered: true },
    ],
    [
      'recovery with only a small fall is not reliable recovery',
      { phq9: 10, gad7: 8 },
      { phq9: 9, gad7: 7 },
      { recovered: true, reliablyImproved: false, reliablyRecovered: false },
    ],
    [
      'one measure still at caseness at the end is not recovery',
      { phq9: 20, gad7: 12 },
      { phq9: 4, gad7: 8 },
      { recovered: false, reliablyImproved: true, reliablyRecovered: false },
    ],
    [
      'a patient below caseness at the start cannot recover',
      { phq9: 9, gad7: 7 },
      { phq9: 2, gad7: 1 },
      { caseness: false, recovered: false, reliablyImproved: true },
    ],
  ])('at the end: %s', (_label, first, last, expected) => {
    expect(onlyRow(finishedCourse(first, last))).toMatchObject(expected);
  });

  it('takes the first and last score of each measure from the contacts that recorded it', () => {
    const row = onlyRow(
      course([
        { kind: 'assessment', measures: { phq9: 18 } },
        { measures: { gad7: 11 } },
        { measures: { phq9: 12, gad7: 9 } },
        { measures: { phq9: 8 } },
        { outcome: 'discharged' },
      ]),
    );
    expect(row).toMatchObject({
      sessions: 5,
      treatmentSessions: 4,
      firstPhq9: 18,
      lastPhq9: 8,
      firstGad7: 11,
      lastGad7: 9,
      pairedScores: true,
      reliablyImproved: true,
    });
  });

  it('judges a patient whose GAD-7 was never recorded on PHQ-9 alone', () => {
    const row = onlyRow(finishedCourse({ phq9: 16 }, { phq9: 6 }));
    expect(row).toMatchObject({ firstGad7: null, lastGad7: null, recovered: true });
  });

  it('keeps a GAD-7 recorded only once as the last known score, so it can block recovery', () => {
    const row = onlyRow(finishedCourse({ phq9: 16, gad7: 12 }, { phq9: 6 }));
    expect(row).toMatchObject({ lastGad7: 12, recovered: false, reliablyImproved: true });
  });

  it('counts a finished case without paired scores as not measured, and rates stay empty', () => {
    const { patients, totals } = practiceOutcomes(
      portfolioWith(finishedCourse({ phq9: 20, gad7: 15 }, {})),
      TODAY,
    );
    expect(patients[0]).toMatchObject({ finished: true, pairedScores: false, caseness: true });
    expect(totals).toMatchObject({
      finishedCases: 1,
      notMeasured: 1,
      casenessAtStart: 0,
      recoveryRate: null,
      reliableImprovementRate: null,
    });
  });

  it('shows scores but no outcome yet for a case still open', () => {
    const row = onlyRow(
      course([{ measures: { phq9: 20, gad7: 15 } }, { measures: { phq9: 5, gad7: 3 } }]),
    );
    expect(row).toMatchObject({
      finished: false,
      caseness: true,
      lastPhq9: 5,
      recovered: false,
      reliablyImproved: false,
    });
  });

  it.each<[string, ClinicalContact[]]>([
    [
      'a draft discharge',
      [
        ...course([{ kind: 'treatment' }, { kind: 'treatment' }]),
        contact({ state: 'draft', date: '2026-11-01', outcome: 'discharged' }),
      ],
    ],
    [
      'a discharge after today',
      [
        ...course([{ kind: 'treatment' }, { kind: 'treatment' }]),
        contact({ date: addDays(TODAY, 1), outcome: 'discharged' }),
      ],
    ],
    [
      'a discharge corrected to continuing',
      [
        ...course([{ kind: 'treatment' }]),
        contact({ id: 'wrong', date: '2026-11-01', outcome: 'discharged' }),
        contact({
          date: '2026-11-01',
          outcome: 'continuing',
          amends: { supersedes: 'wrong', reason: 'Not yet discharged' },
        }),
      ],
    ],
  ])('does not finish a case on %s', (_label, contacts) => {
    expect(onlyRow(contacts).finished).toBe(false);
  });

  it('ignores shadowing contacts and drafts when listing patients', () => {
    const { patients } = practiceOutcomes(
      portfolioWith([
        contact({ patientCode: 'PT-0001' }),
        contact({ patientCode: 'PT-0002', kind: 'shadowing' }),
        contact({ patientCode: 'PT-0003', state: 'draft' }),
      ]),
      TODAY,
    );
    expect(patients.map((row) => row.patientCode)).toEqual(['PT-0001']);
  });

  it('orders each patient’s contacts by date, not by the order they were logged', () => {
    const [assessment, second, discharge] = finishedCourse({ phq9: 20 }, { phq9: 5 });
    if (!assessment || !second || !discharge) throw new Error('expected three contacts');
    const row = onlyRow([discharge, assessment, second]);
    expect(row).toMatchObject({
      finished: true,
      firstPhq9: 20,
      lastPhq9: 5,
      firstContact: assessment.date,
      lastContact: discharge.date,
    });
  });

  it('orders same-day contacts by when they were written', () => {
    const row = onlyRow([
      contact({ kind: 'treatment', date: '2026-10-01' }),
      contact({
        date: '2026-10-08',
        recordedAt: '2026-10-08T15:00:00Z',
        measures: { phq9: 6 },
        outcome: 'discharged',
      }),
      contact({ date: '2026-10-08', recordedAt: '2026-10-08T09:00:00Z', measures: { phq9: 14 } }),
    ]);
    expect(row).toMatchObject({ firstPhq9: 14, lastPhq9: 6, finished: true });
  });

  it('counts step-ups per patient and patients stepped up in the totals', () => {
    const { patients, totals } = practiceOutcomes(
      portfolioWith([
        ...course([
          { outcome: 'stepped-up' },
          { outcome: 'continuing' },
          { outcome: 'stepped-up' },
        ]),
        ...course([{ outcome: 'stepped-up' }], 'PT-0002'),
        ...course([{ outcome: 'continuing' }], 'PT-0003'),
      ]),
      TODAY,
    );
    expect(patients.map((row) => row.stepsUp)).toEqual([2, 1, 0]);
    expect(totals.steppedUp).toBe(2);
  });

  it('adds up a caseload into the totals and rates a service would report', () => {
    const { totals } = practiceOutcomes(
      portfolioWith([
        // Reliably recovered.
        ...finishedCourse({ phq9: 15, gad7: 10 }, { phq9: 5, gad7: 3 }, 'PT-0001'),
        // Recovered, but without a reliable fall.
        ...finishedCourse({ phq9: 10, gad7: 8 }, { phq9: 9, gad7: 7 }, 'PT-0002'),
        // At caseness, not recovered, reliably deteriorated.
        ...finishedCourse({ phq9: 12, gad7: 9 }, { phq9: 19, gad7: 9 }, 'PT-0003'),
        // Below caseness at the start, reliably improved.
        ...finishedCourse({ phq9: 9, gad7: 7 }, { phq9: 2, gad7: 1 }, 'PT-0004'),
        // Finished without paired scores.
        ...finishedCourse({ phq9: 20 }, {}, 'PT-0005'),
        // Still open.
        ...course([{ measures: { phq9: 20 } }, { measures: { phq9: 2 } }], 'PT-0006'),
      ]),
      TODAY,
    );
    expect(totals).toEqual({
      finishedCases: 5,
      casenessAtStart: 3,
      recovered: 2,
      recoveryRate: 2 / 3,
      reliableImprovement: 2,
      reliableImprovementRate: 2 / 4,
      reliableRecovery: 1,
      deterioration: 1,
      steppedUp: 0,
      notMeasured: 1,
    });
  });

  it('uses the programme’s own thresholds', () => {
    const contacts = finishedCourse({ phq9: 12, gad7: 0 }, { phq9: 7, gad7: 0 });
    expect(onlyRow(contacts)).toMatchObject({ caseness: true, reliablyImproved: false });
    expect(onlyRow(contacts, { phq9Caseness: 13, phq9ReliableChange: 5 })).toMatchObject({
      caseness: false,
      reliablyImproved: true,
    });
  });
});

const START = '2026-09-01';

/** Scores as often below caseness as at or above it, so recoveries are common enough to test. */
function scoreArb(caseness: number, max: number) {
  return fc.oneof(fc.integer({ min: 0, max: caseness - 1 }), fc.integer({ min: caseness, max }));
}

const sessionArb = fc.record({
  kind: fc.constantFrom(...contactKind.options, 'treatment' as const, 'treatment' as const),
  state: fc.constantFrom('submitted' as const, 'submitted' as const, 'draft' as const),
  measures: fc.record({ phq9: scoreArb(10, 27), gad7: scoreArb(8, 21) }, { requiredKeys: [] }),
  outcome: fc.constantFrom('continuing' as const, 'continuing' as const, 'stepped-up' as const),
  correctsPrevious: fc.constantFrom(false, false, false, true),
});

const courseArb = fc.record({
  startDay: fc.integer({ min: 0, max: 120 }),
  sessions: fc.array(sessionArb, { minLength: 2, maxLength: 8 }),
  end: fc.constantFrom(...contactOutcome.options, 'discharged' as const, 'discharged' as const),
});

/**
 * Weekly courses for up to six patients, most ending in a discharge (so finished cases, caseness
 * and recovery all turn up), with drafts, corrections, step-ups and dates either side of today.
 */
const contactsArb = fc.array(courseArb, { maxLength: 6 }).map((courses) =>
  courses.flatMap(({ startDay, sessions, end }, patient) =>
    sessions.map(({ correctsPrevious, outcome, ...session }, week) =>
      contact({
        ...session,
        id: `c${patient}-${week}`,
        patientCode: `PT-000${patient + 1}`,
        date: addDays(START, startDay + 7 * week),
        outcome: week === sessions.length - 1 ? end : outcome,
        ...(correctsPrevious && week > 0
          ? { amends: { supersedes: `c${patient}-${week - 1}`, reason: 'Correction' } }
          : {}),
      }),
    ),
  ),
);

// Mostly after every course has ended, sometimes part-way through.
const todayArb = fc
  .oneof(fc.integer({ min: 0, max: 220 }), fc.constant(220))
  .map((day) => addDays(START, day));

describe('practiceOutcomes (properties)', () => {
  it('never recovers more patients than started at caseness, nor more of those than finished', () => {
    // Count the runs that had something to recover, so the property cannot pass vacuously.
    let runsWithRecovery = 0;
    fc.assert(
      fc.property(contactsArb, todayArb, (contacts, today) => {
        const { totals } = practiceOutcomes(portfolioWith(contacts), today);
        if (totals.recovered > 0) runsWithRecovery += 1;
        expect(totals.recovered).toBeLessThanOrEqual(totals.casenessAtStart);
        expect(totals.casenessAtStart).toBeLessThanOrEqual(totals.finishedCases);
        expect(totals.reliableRecovery).toBeLessThanOrEqual(totals.recovered);
        expect(totals.reliableRecovery).toBeLessThanOrEqual(totals.reliableImprovement);
        expect(totals.notMeasured).toBeLessThanOrEqual(totals.finishedCases);
      }),
      { numRuns: 200 },
    );
    expect(runsWithRecovery).toBeGreaterThan(0);
  });

  it('keeps every rate between 0 and 1, or empty when there is nothing to divide by', () => {
    fc.assert(
      fc.property(contactsArb, todayArb, (contacts, today) => {
        const { totals } = practiceOutcomes(portfolioWith(contacts), today);
        for (const rate of [totals.recoveryRate, totals.reliableImprovementRate]) {
          if (rate !== null) {
            expect(rate).toBeGreaterThanOrEqual(0);
            expect(rate).toBeLessThanOrEqual(1);
          }
        }
        expect(totals.recoveryRate === null).toBe(totals.casenessAtStart === 0);
      }),
    );
  });

  it('never shows a patient as both reliably improved and reliably deteriorated', () => {
    fc.assert(
      fc.property(contactsArb, todayArb, (contacts, today) => {
        for (const row of practiceOutcomes(portfolioWith(contacts), today).patients) {
          expect(row.reliablyImproved && row.reliablyDeteriorated).toBe(false);
          expect(row.sessions).toBeGreaterThanOrEqual(row.treatmentSessions);
          expect(row.lastContact >= row.firstContact).toBe(true);
        }
      }),
    );
  });
});
