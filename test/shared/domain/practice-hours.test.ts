import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { newPortfolio } from '../../../shared/domain/new-portfolio';
import { practiceHours } from '../../../shared/domain/practice-hours';
import { nationalDefaultProgramme } from '../../../shared/programme/national-default';
import type { Portfolio } from '../../../shared/schemas/portfolio';
import type { ClinicalContact } from '../../../shared/schemas/records';
import { contactKind, contactMode, contactOutcome } from '../../../shared/schemas/records';

const TODAY = '2026-12-31';

let nextId = 0;

function contact(overrides: Partial<ClinicalContact> = {}): ClinicalContact {
  nextId += 1;
  return {
    id: `c${nextId}`,
    recordedAt: '2026-10-01T10:00:00Z',
    state: 'submitted',
    patientCode: 'PT-0001',
    date: '2026-10-01',
    kind: 'treatment',
    mode: 'telephone',
    durationMinutes: 30,
    interventions: ['behavioural-activation'],
    measures: {},
    outcome: 'continuing',
    ...overrides,
  };
}

function portfolioWith(
  contacts: ClinicalContact[],
  programme = nationalDefaultProgramme,
): Portfolio {
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

function withMinimum(minimumContactHours: number) {
  return { ...nationalDefaultProgramme, clinicalPractice: { minimumContactHours } };
}

describe('practiceHours', () => {
  it('shows nothing logged and the whole minimum still to do on a new portfolio', () => {
    const hours = practiceHours(portfolioWith([]), TODAY);
    expect(hours.total).toEqual({ contacts: 0, minutes: 0, hours: 0 });
    expect(hours.minimumHours).toBe(80);
    expect(hours.hoursRemaining).toBe(80);
    expect(hours.met).toBe(false);
    expect(hours.patientsSeen).toBe(0);
    expect(hours.byMonth).toEqual([]);
  });

  it.each<[string, ClinicalContact[], number]>([
    ['a submitted contact counts', [contact({ id: 'a' })], 30],
    ['a draft does not count', [contact({ id: 'a', state: 'draft' })], 0],
    [
      'a superseded contact gives way to its correction',
      [
        contact({ id: 'a', durationMinutes: 30 }),
        contact({
          id: 'b',
          durationMinutes: 45,
          amends: { supersedes: 'a', reason: 'Wrong length' },
        }),
      ],
      45,
    ],
    [
      'a draft correction leaves neither version counting',
      [
        contact({ id: 'a', durationMinutes: 30 }),
        contact({
          id: 'b',
          state: 'draft',
          durationMinutes: 45,
          amends: { supersedes: 'a', reason: 'Wrong length' },
        }),
      ],
      0,
    ],
    ['a contact dated today counts', [contact({ date: TODAY })], 30],
    ['a contact dated after today does not count', [contact({ date: addDays(TODAY, 1) })], 0],
    ['a shadowing contact is not supervised practice', [contact({ kind: 'shadowing' })], 0],
  ])('%s', (_label, contacts, minutes) => {
    expect(practiceHours(portfolioWith(contacts), TODAY).total.minutes).toBe(minutes);
  });

  it('reports shadowing separately, under its own kind and in shadowing hours', () => {
    const hours = practiceHours(
      portfolioWith([
        contact({ kind: 'shadowing', durationMinutes: 90, patientCode: 'PT-0009' }),
        contact({ kind: 'assessment', durationMinutes: 45 }),
      ]),
      TODAY,
    );
    expect(hours.total).toEqual({ contacts: 1, minutes: 45, hours: 0.75 });
    expect(hours.shadowingContacts).toBe(1);
    expect(hours.shadowingMinutes).toBe(90);
    expect(hours.shadowingHours).toBe(1.5);
    expect(hours.byKind.shadowing).toEqual({ contacts: 1, minutes: 90, hours: 1.5 });
    expect(hours.byKind.assessment).toEqual({ contacts: 1, minutes: 45, hours: 0.75 });
    expect(hours.patientsSeen).toBe(1);
  });

  it('lists every kind and mode, with zeros for those not yet used', () => {
    const hours = practiceHours(portfolioWith([contact({ mode: 'video' })]), TODAY);
    expect(Object.keys(hours.byKind)).toEqual(contactKind.options);
    expect(Object.keys(hours.byMode)).toEqual(contactMode.options);
    expect(hours.byMode.video.minutes).toBe(30);
    expect(hours.byMode['face-to-face']).toEqual({ contacts: 0, minutes: 0, hours: 0 });
  });

  it('counts a session using two interventions towards each, but once in the total', () => {
    const hours = practiceHours(
      portfolioWith([
        contact({
          interventions: ['behavioural-activation', 'sleep-hygiene'],
          durationMinutes: 40,
        }),
        contact({ interventions: ['sleep-hygiene'], durationMinutes: 20 }),
      ]),
      TODAY,
    );
    const minutesFor = (id: string) =>
      hours.byIntervention.find((row) => row.interventionId === id)?.minutes;
    expect(hours.total.minutes).toBe(60);
    expect(minutesFor('behavioural-activation')).toBe(40);
    expect(minutesFor('sleep-hygiene')).toBe(60);
    expect(minutesFor('exposure')).toBe(0);
  });

  it('lists interventions in programme order, then ids the programme does not know', () => {
    const hours = practiceHours(
      portfolioWith([contact({ interventions: ['worry-management', 'exposure'] })]),
      TODAY,
    );
    expect(hours.byIntervention.map((row) => row.interventionId)).toEqual([
      ...nationalDefaultProgramme.interventions.map((intervention) => intervention.id),
      'worry-management',
    ]);
  });

  it('counts a session listing the same intervention twice as one session of it', () => {
    const hours = practiceHours(
      portfolioWith([contact({ interventions: ['exposure', 'exposure'] })]),
      TODAY,
    );
    expect(hours.byIntervention.find((row) => row.interventionId === 'exposure')).toMatchObject({
      contacts: 1,
      minutes: 30,
    });
  });

  it('splits minutes across months in calendar order, whatever order they were logged in', () => {
    const hours = practiceHours(
      portfolioWith([
        contact({ date: '2026-12-01', durationMinutes: 20 }),
        contact({ date: '2026-10-31', durationMinutes: 45 }),
        contact({ date: '2026-11-30', durationMinutes: 30 }),
        contact({ date: '2026-11-01', durationMinutes: 30 }),
        contact({ date: '2026-11-15', kind: 'shadowing', durationMinutes: 60 }),
      ]),
      TODAY,
    );
    expect(hours.byMonth).toEqual([
      { month: '2026-10', contacts: 1, minutes: 45, hours: 0.75 },
      { month: '2026-11', contacts: 2, minutes: 60, hours: 1 },
      { month: '2026-12', contacts: 1, minutes: 20, hours: 20 / 60 },
    ]);
  });

  it.each<[string, number, number, boolean]>([
    ['one minute short of the minimum', 4799, 1 / 60, false],
    ['exactly the minimum', 4800, 0, true],
    ['beyond the minimum, with nothing negative left', 6000, 0, true],
  ])('shows the minimum as met or not at %s', (_label, minutes, remaining, met) => {
    // Contacts are at most 240 minutes, so build the total from 4-hour sessions and a remainder.
    const whole = Math.floor(minutes / 240);
    const contacts = Array.from({ length: whole }, (_, i) =>
      contact({ date: addDays('2026-09-01', i), durationMinutes: 240 }),
    );
    const rest = minutes - whole * 240;
    if (rest > 0) contacts.push(contact({ durationMinutes: rest }));
    const hours = practiceHours(portfolioWith(contacts), TODAY);
    expect(hours.total.minutes).toBe(minutes);
    expect(hours.hoursRemaining).toBeCloseTo(remaining, 10);
    expect(hours.met).toBe(met);
  });

  it('uses the programme’s own minimum', () => {
    const hours = practiceHours(portfolioWith([contact()], withMinimum(0.5)), TODAY);
    expect(hours.minimumHours).toBe(0.5);
    expect(hours.met).toBe(true);
  });

  it('counts each patient once, across kinds and sessions', () => {
    const hours = practiceHours(
      portfolioWith([
        contact({ patientCode: 'PT-0001', kind: 'assessment' }),
        contact({ patientCode: 'PT-0001' }),
        contact({ patientCode: 'PT-0002', kind: 'group' }),
        contact({ patientCode: 'PT-0003', state: 'draft' }),
      ]),
      TODAY,
    );
    expect(hours.patientsSeen).toBe(2);
  });
});

const START = '2026-09-01';

/** Contacts with unique ids, some drafts, some corrections, dates either side of any `today`. */
const contactsArb = fc
  .array(
    fc.record({
      patientCode: fc.constantFrom('PT-0001', 'PT-0002', 'PT-0003', 'AB12'),
      day: fc.integer({ min: 0, max: 400 }),
      kind: fc.constantFrom(...contactKind.options),
      mode: fc.constantFrom(...contactMode.options),
      durationMinutes: fc.integer({ min: 1, max: 240 }),
      interventions: fc.subarray([
        ...nationalDefaultProgramme.interventions.map((intervention) => intervention.id),
        'worry-management',
      ]),
      outcome: fc.constantFrom(...contactOutcome.options),
      state: fc.constantFrom('draft' as const, 'submitted' as const),
      supersedes: fc.option(fc.nat({ max: 40 }), { nil: undefined }),
    }),
    { maxLength: 40 },
  )
  .map((drafts) =>
    drafts.map(({ day, supersedes, ...rest }, index) =>
      contact({
        ...rest,
        id: `c${index}`,
        date: addDays(START, day),
        ...(supersedes === undefined || supersedes === index
          ? {}
          : { amends: { supersedes: `c${supersedes}`, reason: 'Correction' } }),
      }),
    ),
  );

const todayArb = fc.integer({ min: -10, max: 410 }).map((day) => addDays(START, day));
const minimumArb = fc.integer({ min: 0, max: 200 });

describe('practiceHours (properties)', () => {
  it('never shows a negative total or a negative number of hours remaining', () => {
    fc.assert(
      fc.property(contactsArb, todayArb, minimumArb, (contacts, today, minimum) => {
        const hours = practiceHours(portfolioWith(contacts, withMinimum(minimum)), today);
        expect(hours.total.contacts).toBeGreaterThanOrEqual(0);
        expect(hours.total.minutes).toBeGreaterThanOrEqual(0);
        expect(hours.shadowingMinutes).toBeGreaterThanOrEqual(0);
        expect(hours.hoursRemaining).toBeGreaterThanOrEqual(0);
        expect(hours.met).toBe(hours.hoursRemaining === 0);
      }),
    );
  });

  it('adds up by kind to the supervised total plus shadowing', () => {
    fc.assert(
      fc.property(contactsArb, todayArb, (contacts, today) => {
        const hours = practiceHours(portfolioWith(contacts), today);
        const byKind = Object.values(hours.byKind).reduce((sum, row) => sum + row.minutes, 0);
        expect(byKind).toBe(hours.total.minutes + hours.shadowingMinutes);
      }),
    );
  });

  it('adds up by mode and by month to the supervised total', () => {
    fc.assert(
      fc.property(contactsArb, todayArb, (contacts, today) => {
        const hours = practiceHours(portfolioWith(contacts), today);
        const sum = (rows: { minutes: number }[]) => rows.reduce((t, row) => t + row.minutes, 0);
        expect(sum(Object.values(hours.byMode))).toBe(hours.total.minutes);
        expect(sum(hours.byMonth)).toBe(hours.total.minutes);
        const months = hours.byMonth.map((row) => row.month);
        expect(months).toEqual([...months].sort());
      }),
    );
  });
});
