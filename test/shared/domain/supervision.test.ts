import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, weekdayIndex } from '../../../shared/dates';
import { newPortfolio } from '../../../shared/domain/new-portfolio';
import { supervisionCompliance } from '../../../shared/domain/supervision';
import type { Portfolio, TraineeProfile } from '../../../shared/schemas/portfolio';
import { portfolioSchema } from '../../../shared/schemas/portfolio';
import type { ClinicalContact, SupervisionSession } from '../../../shared/schemas/records';

// 2026-09-07 is a Monday, so the first week runs 7–13 September and the first fortnight 7–20.
const START = '2026-09-07';

let lastId = 0;
function nextId(prefix: string): string {
  lastId += 1;
  return `${prefix}-${lastId}`;
}

function trainee(startDate = START): TraineeProfile {
  return {
    name: 'Alex Trainee',
    university: 'University of Exeter',
    service: 'Devon Talking Therapies',
    cohort: 'September 2026',
    startDate,
    route: 'pgcert',
  };
}

function portfolioWith(
  parts: { supervision?: SupervisionSession[]; contacts?: ClinicalContact[] } = {},
  startDate = START,
): Portfolio {
  const portfolio = newPortfolio(trainee(startDate), {
    id: 'p1',
    now: new Date('2026-09-01T09:00:00Z'),
  });
  portfolio.people.push(
    { id: 'sup-1', name: 'Jo Smith', role: 'supervisor', supervisorTrained: true },
    { id: 'sup-2', name: 'Sam Patel', role: 'supervisor', supervisorTrained: false },
  );
  portfolio.supervision.push(...(parts.supervision ?? []));
  portfolio.contacts.push(...(parts.contacts ?? []));
  return portfolio;
}

function session(
  type: SupervisionSession['type'],
  date: string,
  durationMinutes: number,
  extra: Partial<SupervisionSession> = {},
): SupervisionSession {
  return {
    id: nextId('sv'),
    recordedAt: `${date}T17:00:00Z`,
    state: 'submitted',
    date,
    type,
    format: 'individual',
    durationMinutes,
    supervisorId: 'sup-1',
    patientCodesReviewed: [],
    ...extra,
  };
}

const cm = (date: string, minutes = 60, extra: Partial<SupervisionSession> = {}) =>
  session('case-management', date, minutes, extra);
const cs = (date: string, minutes = 60, extra: Partial<SupervisionSession> = {}) =>
  session('clinical-skills', date, minutes, extra);
const review = (date: string, ...patientCodesReviewed: string[]) =>
  cm(date, 60, { patientCodesReviewed });

function contact(
  patientCode: string,
  date: string,
  outcome: ClinicalContact['outcome'] = 'continuing',
  extra: Partial<ClinicalContact> = {},
): ClinicalContact {
  return {
    id: nextId('ct'),
    recordedAt: `${date}T16:00:00Z`,
    state: 'submitted',
    patientCode,
    date,
    kind: 'treatment',
    mode: 'telephone',
    durationMinutes: 30,
    interventions: [],
    measures: {},
    outcome,
    ...extra,
  };
}

/** Day `n` after the start (day 0 is the start date itself). */
const day = (n: number) => addDays(START, n);

describe('supervisionCompliance fixtures', () => {
  it('builds portfolios the schema accepts, so the rules are tested on realistic data', () => {
    const original = cm('2026-09-08', 45);
    const portfolio = portfolioWith({
      supervision: [
        original,
        cm('2026-09-08', 60, { amends: { supersedes: original.id, reason: 'Wrong length' } }),
        cs('2026-09-09', 60, { supervisorId: 'sup-2' }),
      ],
      contacts: [contact('PT-0001', START)],
    });
    expect(portfolioSchema.safeParse(portfolio).success).toBe(true);
  });
});

describe('supervisionCompliance: weekly case management', () => {
  // Judged on Monday 14 September, when only the first week (7–13 September) is complete.
  const today = '2026-09-14';

  it.each<[string, () => SupervisionSession[], string[]]>([
    [
      'a week with two 30-minute sessions is met',
      () => [cm('2026-09-08', 30), cm('2026-09-10', 30)],
      [],
    ],
    ['a week with one 45-minute session is missed', () => [cm('2026-09-08', 45)], ['2026-09-07']],
    ['an hour on the Sunday still counts for that week', () => [cm('2026-09-13')], []],
    [
      'an hour on the next Monday counts for the next week, not this one',
      () => [cm('2026-09-14')],
      ['2026-09-07'],
    ],
    [
      'an hour from an untrained supervisor does not count',
      () => [cm('2026-09-08', 60, { supervisorId: 'sup-2' })],
      ['2026-09-07'],
    ],
    [
      'an hour saved as a draft does not count',
      () => [cm('2026-09-08', 60, { state: 'draft' })],
      ['2026-09-07'],
    ],
    [
      'an hour of clinical skills does not count as case management',
      () => [cs('2026-09-08')],
      ['2026-09-07'],
    ],
    [
      'a superseded 45-minute entry does not count, but its 60-minute correction does',
      () => {
        const wrong = cm('2026-09-08', 45);
        return [wrong, cm('2026-09-08', 60, { amends: { supersedes: wrong.id, reason: 'Typo' } })];
      },
      [],
    ],
    [
      'a superseded 60-minute entry no longer counts once corrected to 30 minutes',
      () => {
        const wrong = cm('2026-09-08', 60);
        return [wrong, cm('2026-09-08', 30, { amends: { supersedes: wrong.id, reason: 'Typo' } })];
      },
      ['2026-09-07'],
    ],
  ])('%s', (_name, sessions, missed) => {
    const result = supervisionCompliance(portfolioWith({ supervision: sessions() }), today);
    expect(result.caseManagement.weeksDue).toBe(1);
    expect(result.caseManagement.missedWeeks).toEqual(missed);
    expect(result.caseManagement.weeksMet).toBe(1 - missed.length);
  });

  it.each([
    ['before the start date', '2026-09-01', 0],
    ['on the start date', START, 0],
    ['on the Sunday of the first week, which can still be made up', '2026-09-13', 0],
    ['on the Monday after the first week', '2026-09-14', 1],
    ['on the Sunday of the second week', '2026-09-20', 1],
  ])('does not judge the current week: %s, %i weeks are due', (_name, today, due) => {
    const result = supervisionCompliance(portfolioWith(), today);
    expect(result.caseManagement.weeksDue).toBe(due);
    expect(result.caseManagement.missedWeeks).toHaveLength(due);
  });

  it('judges a trainee who starts mid-week from the Monday of that week', () => {
    const portfolio = portfolioWith({ supervision: [cm('2026-09-07')] }, '2026-09-09');
    const result = supervisionCompliance(portfolio, '2026-09-14');
    expect(result.caseManagement).toMatchObject({ weeksDue: 1, weeksMet: 1, missedWeeks: [] });
  });

  it('keeps weeks seven days long across the end of British Summer Time (25 October 2026)', () => {
    const result = supervisionCompliance(portfolioWith(), '2026-11-09');
    const missed = result.caseManagement.missedWeeks;
    expect(missed).toContain('2026-10-19');
    expect(missed).toContain('2026-10-26');
    expect(missed.every((week) => weekdayIndex(week) === 0)).toBe(true);
    missed.slice(1).forEach((week, i) => expect(daysBetween(missed[i] ?? '', week)).toBe(7));
  });

  it('credits a session on the day the clocks go back to the week that ends that day', () => {
    const everyMonday = Array.from({ length: 9 }, (_, i) => addDays(START, 7 * i)).filter(
      (monday) => monday !== '2026-10-19',
    );
    const sessions = [...everyMonday.map((monday) => cm(monday)), cm('2026-10-25')];
    const result = supervisionCompliance(portfolioWith({ supervision: sessions }), '2026-11-09');
    expect(result.caseManagement).toMatchObject({ weeksDue: 9, weeksMet: 9, missedWeeks: [] });
  });

  it('treats 29 February as an ordinary day of a leap-year week', () => {
    // 2028-02-28 is a Monday, so the first week runs 28 February – 5 March 2028.
    const portfolio = portfolioWith(
      { supervision: [cm('2028-02-29', 30), cm('2028-03-01', 30)] },
      '2028-02-28',
    );
    const result = supervisionCompliance(portfolio, '2028-03-06');
    expect(result.caseManagement).toMatchObject({ weeksDue: 1, weeksMet: 1, missedWeeks: [] });
  });
});

describe('supervisionCompliance: fortnightly clinical skills', () => {
  it.each<[string, () => SupervisionSession[], string, number, string[]]>([
    [
      'a group and an individual half hour together meet the fortnight',
      () => [cs('2026-09-08', 30, { format: 'group' }), cs('2026-09-17', 30)],
      '2026-09-21',
      1,
      [],
    ],
    [
      'an hour on the fortnight’s last Sunday is in time',
      () => [cs('2026-09-20')],
      '2026-09-21',
      1,
      [],
    ],
    [
      'a fortnight with 45 minutes is missed',
      () => [cs('2026-09-08', 45)],
      '2026-09-21',
      1,
      ['2026-09-07'],
    ],
    ['the fortnight that holds today is not judged yet', () => [], '2026-09-20', 0, []],
    [
      'case management does not count as clinical skills',
      () => [cm('2026-09-08', 120)],
      '2026-09-21',
      1,
      ['2026-09-07'],
    ],
    [
      'each fortnight is judged on its own',
      () => [cs('2026-09-08', 120)],
      '2026-10-05',
      2,
      ['2026-09-21'],
    ],
  ])('%s', (_name, sessions, today, due, missed) => {
    const result = supervisionCompliance(portfolioWith({ supervision: sessions() }), today);
    expect(result.clinicalSkills.fortnightsDue).toBe(due);
    expect(result.clinicalSkills.missedFortnights).toEqual(missed);
    expect(result.clinicalSkills.fortnightsMet).toBe(due - missed.length);
  });

  it('runs fortnights through a leap day without losing a day', () => {
    const portfolio = portfolioWith({ supervision: [cs('2028-03-12')] }, '2028-02-28');
    const result = supervisionCompliance(portfolio, '2028-03-27');
    expect(result.clinicalSkills.fortnightsDue).toBe(2);
    expect(result.clinicalSkills.missedFortnights).toEqual(['2028-03-13']);
  });
});

describe('supervisionCompliance: totals towards the minimum hours', () => {
  it.each([
    [0, 0, 20],
    [19, 19, 1],
    [20, 20, 0],
    [25, 25, 0],
  ])('after %i one-hour sessions shows %i hours and %i still to do', (count, hours, remaining) => {
    const sessions = Array.from({ length: count }, (_, i) => cm(day(7 * i)));
    const result = supervisionCompliance(portfolioWith({ supervision: sessions }), '2027-06-01');
    expect(result.caseManagement.total).toMatchObject({
      hours,
      minimumHours: 20,
      hoursRemaining: remaining,
      met: remaining === 0,
    });
  });

  it('adds clinical-skills hours separately from case-management hours', () => {
    const sessions = [cs(day(1), 90), cs(day(15), 30, { format: 'group' }), cm(day(2), 60)];
    const result = supervisionCompliance(portfolioWith({ supervision: sessions }), day(30));
    expect(result.clinicalSkills.total).toMatchObject({
      minutes: 120,
      hours: 2,
      hoursRemaining: 18,
    });
    expect(result.caseManagement.total).toMatchObject({
      minutes: 60,
      hours: 1,
      hoursRemaining: 19,
    });
  });

  it('does not count a session dated after today', () => {
    const result = supervisionCompliance(portfolioWith({ supervision: [cm(day(10))] }), day(9));
    expect(result.caseManagement.total.minutes).toBe(0);
  });
});

describe('supervisionCompliance: sessions that do not count', () => {
  it('lists a session from an untrained supervisor and says why', () => {
    const untrained = cm('2026-09-08', 60, { supervisorId: 'sup-2' });
    const result = supervisionCompliance(portfolioWith({ supervision: [untrained] }), '2026-09-14');
    expect(result.notCounted).toEqual([
      {
        sessionId: untrained.id,
        date: '2026-09-08',
        type: 'case-management',
        durationMinutes: 60,
        supervisorId: 'sup-2',
        supervisorName: 'Sam Patel',
        reason: 'supervisor-not-trained',
      },
    ]);
    expect(result.caseManagement.total.minutes).toBe(0);
  });

  it('says a session is from no listed supervisor when the person is unknown', () => {
    const stray = cs('2026-09-08', 60, { supervisorId: 'someone-else' });
    const result = supervisionCompliance(portfolioWith({ supervision: [stray] }), '2026-09-21');
    expect(result.notCounted).toMatchObject([
      { sessionId: stray.id, supervisorName: null, reason: 'supervisor-not-listed' },
    ]);
    expect(result.clinicalSkills.total.minutes).toBe(0);
  });

  it('neither counts nor lists a draft, which is still work in progress', () => {
    const draft = cm('2026-09-08', 60, { state: 'draft', supervisorId: 'sup-2' });
    const result = supervisionCompliance(portfolioWith({ supervision: [draft] }), '2026-09-14');
    expect(result.notCounted).toEqual([]);
    expect(result.caseManagement.total.minutes).toBe(0);
  });
});

describe('supervisionCompliance: case-management reviews', () => {
  const patient = 'PT-0001';
  const firstSeen = [contact(patient, START, 'continuing')];

  it.each([
    [27, -1, false],
    [28, 0, false],
    [29, 1, true],
  ])(
    'a patient never reviewed, on day %i after the first contact, is %i days overdue (negative: days to go)',
    (n, overdueBy, overdue) => {
      const result = supervisionCompliance(portfolioWith({ contacts: firstSeen }), day(n));
      expect(result.caseload).toEqual([
        {
          patientCode: patient,
          firstContact: START,
          lastReviewed: null,
          dueBy: day(28),
          daysOverdue: overdueBy,
          overdue,
        },
      ]);
      expect(result.overdueReviews).toHaveLength(overdue ? 1 : 0);
    },
  );

  it('counts a review on day 28 after the first contact as on time', () => {
    const portfolio = portfolioWith({
      contacts: firstSeen,
      supervision: [review(day(28), patient)],
    });
    const result = supervisionCompliance(portfolio, day(29));
    expect(result.lateReviews).toEqual([]);
    expect(result.overdueReviews).toEqual([]);
    expect(result.caseload[0]).toMatchObject({ lastReviewed: day(28), dueBy: day(56) });
  });

  it('counts a review on day 29 after the first contact as one day late', () => {
    const portfolio = portfolioWith({
      contacts: firstSeen,
      supervision: [review(day(29), patient)],
    });
    const result = supervisionCompliance(portfolio, day(29));
    expect(result.lateReviews).toEqual([
      { patientCode: patient, dueBy: day(28), reviewedOn: day(29), daysLate: 1 },
    ]);
    // Reviewed now, so no longer overdue: the next review is due 28 days on.
    expect(result.overdueReviews).toEqual([]);
    expect(result.caseload[0]).toMatchObject({ lastReviewed: day(29), dueBy: day(57) });
  });

  it('restarts the 28 days from each review', () => {
    const portfolio = portfolioWith({
      contacts: firstSeen,
      supervision: [review(day(20), patient), review(day(48), patient)],
    });
    const result = supervisionCompliance(portfolio, day(77));
    expect(result.lateReviews).toEqual([]);
    expect(result.overdueReviews).toMatchObject([
      { patientCode: patient, dueBy: day(76), daysOverdue: 1 },
    ]);
  });

  it.each<[string, Partial<SupervisionSession>]>([
    ['by an untrained supervisor', { supervisorId: 'sup-2' }],
    ['saved as a draft', { state: 'draft' }],
    ['in clinical-skills supervision', { type: 'clinical-skills' }],
  ])('does not accept a review %s', (_name, extra) => {
    const portfolio = portfolioWith({
      contacts: firstSeen,
      supervision: [cm(day(10), 60, { patientCodesReviewed: [patient], ...extra })],
    });
    const result = supervisionCompliance(portfolio, day(29));
    expect(result.overdueReviews).toMatchObject([{ patientCode: patient, lastReviewed: null }]);
  });

  it('takes a discharged patient off the caseload', () => {
    const contacts = [contact(patient, START), contact(patient, day(14), 'discharged')];
    const portfolio = portfolioWith({ contacts });
    expect(supervisionCompliance(portfolio, day(13)).caseload).toHaveLength(1);
    expect(supervisionCompliance(portfolio, day(14)).caseload).toEqual([]);
    expect(supervisionCompliance(portfolio, day(60)).overdueReviews).toEqual([]);
  });

  it('starts a new 28 days when a discharged patient comes back', () => {
    const contacts = [
      contact(patient, START),
      contact(patient, day(14), 'discharged'),
      contact(patient, day(56), 'continuing', { kind: 'assessment' }),
    ];
    const portfolio = portfolioWith({ contacts, supervision: [review(day(7), patient)] });
    const result = supervisionCompliance(portfolio, day(84));
    expect(result.caseload).toMatchObject([
      {
        patientCode: patient,
        firstContact: day(56),
        lastReviewed: null,
        dueBy: day(84),
        overdue: false,
      },
    ]);
  });

  it('uses the entry written last when a patient has two contacts on one day', () => {
    const contacts = [
      contact(patient, START, 'discharged', { recordedAt: `${START}T15:00:00Z` }),
      contact(patient, START, 'continuing', { recordedAt: `${START}T11:00:00Z` }),
    ];
    expect(supervisionCompliance(portfolioWith({ contacts }), day(1)).caseload).toEqual([]);
  });

  it('leaves out patients the trainee only shadowed, and contacts not yet submitted', () => {
    const contacts = [
      contact('PT-0002', START, 'continuing', { kind: 'shadowing' }),
      contact('PT-0003', START, 'continuing', { state: 'draft' }),
      contact('PT-0004', day(40)),
    ];
    expect(supervisionCompliance(portfolioWith({ contacts }), day(35)).caseload).toEqual([]);
  });

  it('lists the most overdue patient first', () => {
    const contacts = [
      contact('PT-0001', day(5)),
      contact('PT-0002', START),
      contact('PT-0003', day(2)),
    ];
    const result = supervisionCompliance(portfolioWith({ contacts }), day(40));
    expect(result.overdueReviews.map((r) => [r.patientCode, r.daysOverdue])).toEqual([
      ['PT-0002', 12],
      ['PT-0003', 10],
      ['PT-0001', 7],
    ]);
  });
});

// Sessions and contacts spread over the first 20 weeks, some by the untrained supervisor, some
// drafts, so the properties hold across everything the rules filter out.
const arbitrarySession = fc
  .record({
    dayOffset: fc.integer({ min: -10, max: 140 }),
    minutes: fc.integer({ min: 1, max: 480 }),
    type: fc.constantFrom('case-management' as const, 'clinical-skills' as const),
    format: fc.constantFrom('individual' as const, 'group' as const),
    supervisorId: fc.constantFrom('sup-1', 'sup-2'),
    state: fc.constantFrom('submitted' as const, 'draft' as const),
    reviewed: fc.subarray(['PT-0001', 'PT-0002', 'PT-0003']),
  })
  .map((s) =>
    session(s.type, day(s.dayOffset), s.minutes, {
      format: s.format,
      supervisorId: s.supervisorId,
      state: s.state,
      patientCodesReviewed: s.reviewed,
    }),
  );

const arbitraryContact = fc
  .record({
    patient: fc.constantFrom('PT-0001', 'PT-0002', 'PT-0003'),
    dayOffset: fc.integer({ min: 0, max: 140 }),
    outcome: fc.constantFrom('continuing' as const, 'stepped-up' as const, 'discharged' as const),
  })
  .map((c) => contact(c.patient, day(c.dayOffset), c.outcome));

const arbitraryPortfolio = fc
  .record({
    supervision: fc.array(arbitrarySession, { maxLength: 30 }),
    contacts: fc.array(arbitraryContact, { maxLength: 15 }),
  })
  .map((parts) => portfolioWith(parts));

const arbitraryToday = fc.integer({ min: -20, max: 160 }).map(day);

describe('supervisionCompliance properties', () => {
  it('never reports negative hours or counts', () => {
    fc.assert(
      fc.property(arbitraryPortfolio, arbitraryToday, (portfolio, today) => {
        const { caseManagement: c, clinicalSkills: s } = supervisionCompliance(portfolio, today);
        const numbers = [
          c.weeksDue,
          c.weeksMet,
          s.fortnightsDue,
          s.fortnightsMet,
          ...[c.total, s.total].flatMap((t) => [t.minutes, t.hours, t.hoursRemaining]),
        ];
        expect(numbers.every((n) => n >= 0)).toBe(true);
      }),
    );
  });

  it('always has met and missed periods adding up to the periods due', () => {
    fc.assert(
      fc.property(arbitraryPortfolio, arbitraryToday, (portfolio, today) => {
        const { caseManagement: c, clinicalSkills: s } = supervisionCompliance(portfolio, today);
        expect(c.weeksMet + c.missedWeeks.length).toBe(c.weeksDue);
        expect(s.fortnightsMet + s.missedFortnights.length).toBe(s.fortnightsDue);
      }),
    );
  });

  it('never shows more missed weeks after another counted case-management session', () => {
    fc.assert(
      fc.property(
        arbitraryPortfolio,
        arbitraryToday,
        fc.integer({ min: -10, max: 160 }),
        fc.integer({ min: 1, max: 480 }),
        (portfolio, today, dayOffset, minutes) => {
          const before = supervisionCompliance(portfolio, today);
          portfolio.supervision.push(cm(day(dayOffset), minutes));
          const after = supervisionCompliance(portfolio, today);
          expect(after.caseManagement.missedWeeks.length).toBeLessThanOrEqual(
            before.caseManagement.missedWeeks.length,
          );
        },
      ),
    );
  });

  it('never shows more overdue patients after another counted review', () => {
    fc.assert(
      fc.property(
        arbitraryPortfolio,
        arbitraryToday,
        fc.integer({ min: 0, max: 160 }),
        fc.constantFrom('PT-0001', 'PT-0002', 'PT-0003'),
        (portfolio, today, dayOffset, patientCode) => {
          const before = supervisionCompliance(portfolio, today);
          portfolio.supervision.push(review(day(dayOffset), patientCode));
          const after = supervisionCompliance(portfolio, today);
          expect(after.overdueReviews.length).toBeLessThanOrEqual(before.overdueReviews.length);
        },
      ),
    );
  });
});

describe('supervisionCompliance: cumulative hours', () => {
  it.each<[string, () => SupervisionSession[], { date: string; hours: number }[]]>([
    ['no sessions give an empty series', () => [], []],
    [
      'adds each session to the running total, in date order',
      () => [cm(day(14), 30), cm(day(1), 60), cm(day(7), 90)],
      [
        { date: day(1), hours: 1 },
        { date: day(7), hours: 2.5 },
        { date: day(14), hours: 3 },
      ],
    ],
    [
      'makes one point of several sessions on one date',
      () => [cm(day(3), 30), cm(day(3), 45, { format: 'group' }), cm(day(4), 15)],
      [
        { date: day(3), hours: 1.25 },
        { date: day(4), hours: 1.5 },
      ],
    ],
    [
      'leaves out drafts, untrained supervisors, other types and superseded sessions',
      () => {
        const wrong = cm(day(5), 45);
        return [
          cm(day(1), 60, { state: 'draft' }),
          cm(day(2), 60, { supervisorId: 'sup-2' }),
          cs(day(3), 60),
          wrong,
          cm(day(5), 60, { amends: { supersedes: wrong.id, reason: 'Typo' } }),
        ];
      },
      [{ date: day(5), hours: 1 }],
    ],
    [
      'counts a session today but not one dated after today',
      () => [cm(day(20)), cm(day(21))],
      [{ date: day(20), hours: 1 }],
    ],
  ])('%s', (_name, sessions, expected) => {
    const result = supervisionCompliance(portfolioWith({ supervision: sessions() }), day(20));
    expect(result.caseManagement.cumulative).toEqual(expected);
  });

  it('keeps clinical-skills hours in their own series', () => {
    const sessions = [cs(day(1), 90), cm(day(2)), cs(day(15), 30)];
    const result = supervisionCompliance(portfolioWith({ supervision: sessions }), day(30));
    expect(result.clinicalSkills.cumulative).toEqual([
      { date: day(1), hours: 1.5 },
      { date: day(15), hours: 2 },
    ]);
  });

  it('is non-decreasing, one point a date, and ends at the total hours', () => {
    fc.assert(
      fc.property(arbitraryPortfolio, arbitraryToday, (portfolio, today) => {
        const result = supervisionCompliance(portfolio, today);
        for (const kind of [result.caseManagement, result.clinicalSkills]) {
          const series = kind.cumulative;
          series.slice(1).forEach((point, i) => {
            expect(point.date > (series[i]?.date ?? '')).toBe(true);
            expect(point.hours).toBeGreaterThanOrEqual(series[i]?.hours ?? 0);
          });
          expect(series.at(-1)?.hours ?? 0).toBe(kind.total.hours);
          expect(series.every((point) => point.date <= today)).toBe(true);
        }
      }),
    );
  });
});
