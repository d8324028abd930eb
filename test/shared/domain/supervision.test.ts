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
    expect(result.caseManagement.missedWeekRuns).toEqual(
      missed.map((monday) => ({ from: monday, to: addDays(monday, 6), weeks: 1 })),
    );
    expect(result.caseManagement.weeksMissed).toBe(missed.length);
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
    expect(result.caseManagement.weeksMissed).toBe(due);
    expect(result.caseManagement.missedWeekRuns).toEqual(
      due === 0 ? [] : [{ from: START, to: addDays(START, 7 * due - 1), weeks: due }],
    );
  });

  it('judges a trainee who starts mid-week from the Monday of that week', () => {
    const portfolio = portfolioWith({ supervision: [cm('2026-09-09')] }, '2026-09-09');
    const result = supervisionCompliance(portfolio, '2026-09-14');
    expect(result.caseManagement).toMatchObject({ weeksDue: 1, weeksMet: 1, missedWeekRuns: [] });
  });

  it('keeps weeks seven days long across the end of British Summer Time (25 October 2026)', () => {
    const mondays = Array.from({ length: 9 }, (_, i) => addDays(START, 7 * i));
    const sessions = mondays
      .filter((monday) => monday !== '2026-10-19' && monday !== '2026-10-26')
      .map((monday) => cm(monday));
    const result = supervisionCompliance(portfolioWith({ supervision: sessions }), '2026-11-09');
    expect(result.caseManagement.missedWeekRuns).toEqual([
      { from: '2026-10-19', to: '2026-11-01', weeks: 2 },
    ]);
    expect(weekdayIndex('2026-10-19')).toBe(0);
    expect(daysBetween('2026-10-19', '2026-11-01')).toBe(13);
  });

  it('reports consecutive missed weeks as one run, and separate runs apart', () => {
    const sessions = [cm(day(0)), cm(day(21)), cm(day(49))];
    const result = supervisionCompliance(portfolioWith({ supervision: sessions }), day(63));
    expect(result.caseManagement).toMatchObject({
      weeksDue: 9,
      weeksMet: 3,
      weeksMissed: 6,
      missedWeekRuns: [
        { from: day(7), to: day(20), weeks: 2 },
        { from: day(28), to: day(48), weeks: 3 },
        { from: day(56), to: day(62), weeks: 1 },
      ],
    });
  });

  it('needs no sessions at all when the programme expects no case-management minutes', () => {
    const base = portfolioWith();
    const { programme } = base;
    // The programme is shared with other portfolios: change a copy.
    const portfolio = {
      ...base,
      programme: {
        ...programme,
        supervision: { ...programme.supervision, caseManagementMinutesPerWeek: 0 },
      },
    };
    const result = supervisionCompliance(portfolio, day(70));
    expect(result.caseManagement).toMatchObject({ weeksDue: 10, weeksMet: 10, missedWeekRuns: [] });
  });

  it('credits a session on the day the clocks go back to the week that ends that day', () => {
    const everyMonday = Array.from({ length: 9 }, (_, i) => addDays(START, 7 * i)).filter(
      (monday) => monday !== '2026-10-19',
    );
    const sessions = [...everyMonday.map((monday) => cm(monday)), cm('2026-10-25')];
    const result = supervisionCompliance(portfolioWith({ supervision: sessions }), '2026-11-09');
    expect(result.caseManagement).toMatchObject({ weeksDue: 9, weeksMet: 9, missedWeekRuns: [] });
  });

  it('treats 29 February as an ordinary day of a leap-year week', () => {
    // 2028-02-28 is a Monday, so the first week runs 28 February – 5 March 2028.
    const portfolio = portfolioWith(
      { supervision: [cm('2028-02-29', 30), cm('2028-03-01', 30)] },
      '2028-02-28',
    );
    const result = supervisionCompliance(portfolio, '2028-03-06');
    expect(result.caseManagement).toMatchObject({ weeksDue: 1, weeksMet: 1, missedWeekRuns: [] });
  });
});

describe('supervisionCompliance: clinical skills, a rolling fortnight', () => {
  /** A gap as the report gives it, from day `first` to day `last` after the start. */
  const gap = (first: number, last: number, ongoing = false) => ({
    from: day(first),
    to: day(last),
    days: last - first + 1,
    fortnights: Math.floor((last - first + 1) / 14),
    ongoing,
  });
  const gapsOn = (sessions: SupervisionSession[], today: string, startDate = START) =>
    supervisionCompliance(portfolioWith({ supervision: sessions }, startDate), today)
      .clinicalSkills;

  it.each<[string, () => SupervisionSession[], number, ReturnType<typeof gap>[]]>([
    [
      'sessions on day 0 and day 14 leave no gap: only 13 days pass without',
      () => [cs(day(0)), cs(day(14))],
      28,
      [],
    ],
    [
      'sessions on day 0 and day 15 leave a 14-day gap, days 1–14',
      () => [cs(day(0)), cs(day(15))],
      29,
      [gap(1, 14)],
    ],
    [
      'a 16-day gap inside two fixed fortnights (days 3 and 19) is reported',
      () => [cs(day(3)), cs(day(19))],
      33,
      [gap(4, 18)],
    ],
    ['a first session on day 13 is in time', () => [cs(day(13))], 27, []],
    [
      'a first session on day 14 comes after a gap from the start date',
      () => [cs(day(14))],
      28,
      [gap(0, 13)],
    ],
    ['a 29-day gap covers two fortnights', () => [cs(day(0)), cs(day(30))], 40, [gap(1, 29)]],
    [
      'the gap still open is reported once 14 days have passed before today',
      () => [cs(day(0))],
      15,
      [gap(1, 14, true)],
    ],
    ['on the 14th day without supervision, today can still close it', () => [cs(day(0))], 14, []],
    [
      'a session today closes the gap that ran to yesterday',
      () => [cs(day(0)), cs(day(15))],
      15,
      [gap(1, 14)],
    ],
    ['nothing is judged on the start date', () => [], 0, []],
    [
      'half-hour sessions every week add up to the fortnightly hour',
      () => [0, 7, 14, 21].map((n) => cs(day(n), 30)),
      28,
      [],
    ],
    [
      'half-hour sessions every 8 days leave days 1–15 with less than an hour in 14 days',
      () => [0, 8, 16].map((n) => cs(day(n), 30)),
      17,
      [gap(1, 15)],
    ],
    [
      'a group and an individual half hour within a fortnight together meet it',
      () => [cs(day(1), 30, { format: 'group' }), cs(day(10), 30)],
      15,
      [],
    ],
    ['45 minutes alone fall short', () => [cs(day(1), 45)], 14, [gap(0, 13, true)]],
    [
      'case management does not count as clinical skills',
      () => [cm(day(1), 120)],
      14,
      [gap(0, 13, true)],
    ],
    [
      'an untrained supervisor’s session does not count',
      () => [cs(day(5), 60, { supervisorId: 'sup-2' })],
      14,
      [gap(0, 13, true)],
    ],
    [
      'a session before the start date does not count for the first fortnight',
      () => [cs(day(-1))],
      14,
      [gap(0, 13, true)],
    ],
    [
      'four hours cannot be banked for the next fortnight',
      () => [cs(day(0), 240)],
      16,
      [gap(1, 15, true)],
    ],
  ])('%s', (_name, sessions, today, expected) => {
    const result = gapsOn(sessions(), day(today));
    expect(result.gaps).toEqual(expected);
    expect(result.fortnightsMissed).toBe(expected.reduce((n, g) => n + g.fortnights, 0));
    expect(result.daysJudged).toBe(Math.max(0, today));
  });

  it('runs through a leap day without losing one (28 February – 14 March 2028)', () => {
    const result = gapsOn([cs('2028-02-28'), cs('2028-03-14')], '2028-03-20', '2028-02-28');
    expect(result.gaps).toEqual([
      { from: '2028-02-29', to: '2028-03-13', days: 14, fortnights: 1, ongoing: false },
    ]);
  });

  it('counts days, not hours, across the end of British Summer Time (25 October 2026)', () => {
    const start = '2026-10-12';
    const onTime = gapsOn([cs('2026-10-18'), cs('2026-11-01')], '2026-11-10', start);
    expect(onTime.gaps).toEqual([]);
    const late = gapsOn([cs('2026-10-18'), cs('2026-11-02')], '2026-11-10', start);
    expect(late.gaps).toEqual([
      { from: '2026-10-19', to: '2026-11-01', days: 14, fortnights: 1, ongoing: false },
    ]);
  });

  it('needs no sessions when the programme expects no clinical-skills minutes', () => {
    const base = portfolioWith();
    const { programme } = base;
    const portfolio = {
      ...base,
      programme: {
        ...programme,
        supervision: { ...programme.supervision, clinicalSkillsMinutesPerFortnight: 0 },
      },
    };
    expect(supervisionCompliance(portfolio, day(100)).clinicalSkills.gaps).toEqual([]);
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
          c.weeksMissed,
          s.daysJudged,
          s.fortnightsMissed,
          ...[c.total, s.total].flatMap((t) => [t.minutes, t.hours, t.hoursRemaining]),
        ];
        expect(numbers.every((n) => n >= 0)).toBe(true);
      }),
    );
  });

  it('always has met and missed weeks adding up to the weeks due', () => {
    fc.assert(
      fc.property(arbitraryPortfolio, arbitraryToday, (portfolio, today) => {
        const { caseManagement: c, clinicalSkills: s } = supervisionCompliance(portfolio, today);
        expect(c.weeksMet + c.weeksMissed).toBe(c.weeksDue);
        expect(c.missedWeekRuns.reduce((n, run) => n + run.weeks, 0)).toBe(c.weeksMissed);
        expect(s.gaps.reduce((n, gap) => n + gap.fortnights, 0)).toBe(s.fortnightsMissed);
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
          expect(after.caseManagement.weeksMissed).toBeLessThanOrEqual(
            before.caseManagement.weeksMissed,
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

describe('supervisionCompliance: case-management weeks agree with a week-by-week count', () => {
  it('reports exactly the complete Monday–Sunday weeks with less than the hour, as runs', () => {
    fc.assert(
      fc.property(arbitraryPortfolio, arbitraryToday, (portfolio, today) => {
        const { caseManagement: c } = supervisionCompliance(portfolio, today);
        // Week by week, the way the rule reads: every complete week from the start week.
        const counted = portfolio.supervision.filter(
          (s) =>
            s.type === 'case-management' &&
            s.state === 'submitted' &&
            s.supervisorId === 'sup-1' &&
            s.date <= today,
        );
        const missed: string[] = [];
        for (let monday = START; addDays(monday, 6) < today; monday = addDays(monday, 7)) {
          const minutes = counted
            .filter((s) => s.date >= monday && s.date <= addDays(monday, 6))
            .reduce((n, s) => n + s.durationMinutes, 0);
          if (minutes < 60) missed.push(monday);
        }
        const fromRuns = c.missedWeekRuns.flatMap((run) => {
          expect(weekdayIndex(run.from)).toBe(0);
          expect(daysBetween(run.from, run.to)).toBe(7 * run.weeks - 1);
          return Array.from({ length: run.weeks }, (_, i) => addDays(run.from, 7 * i));
        });
        expect(fromRuns).toEqual(missed);
        // Runs are maximal: a met week always separates two of them.
        c.missedWeekRuns.slice(1).forEach((run, i) => {
          expect(daysBetween(c.missedWeekRuns[i]?.to ?? '', run.from)).toBeGreaterThan(1);
        });
      }),
    );
  });
});

describe('supervisionCompliance: clinical-skills gaps over the whole input space', () => {
  const EPOCH = '2000-01-01';
  /**
   * Sessions of at least the fortnightly hour: the start date, the session days as offsets from
   * it (ascending, possibly two on a day) and today, all as day numbers.
   */
  const arbitraryTimeline = (maxStep: number, startRange = { min: 0, max: 36_000 }) =>
    fc.record({
      startOffset: fc.integer(startRange),
      first: fc.integer({ min: 0, max: maxStep }),
      steps: fc.array(fc.integer({ min: 0, max: maxStep }), { maxLength: 25 }),
      tail: fc.integer({ min: 0, max: maxStep }),
      minutes: fc.array(fc.integer({ min: 60, max: 240 }), { minLength: 26, maxLength: 26 }),
    });
  type Timeline = {
    startOffset: number;
    first: number;
    steps: number[];
    tail: number;
    minutes: number[];
  };
  const sessionDays = (t: Timeline) => {
    const days = [t.first];
    for (const step of t.steps) days.push((days.at(-1) ?? 0) + step);
    return days;
  };
  /** The gaps run by run; `shift` moves every date by that many days. */
  function judge(t: Timeline, shift = 0) {
    const start = addDays(EPOCH, t.startOffset + shift);
    const days = sessionDays(t);
    const sessions = days.map((n, i) => cs(addDays(start, n), t.minutes[i] ?? 60));
    const today = addDays(start, (days.at(-1) ?? 0) + t.tail);
    const portfolio = portfolioWith({ supervision: sessions }, start);
    return {
      start,
      days,
      today,
      gaps: supervisionCompliance(portfolio, today).clinicalSkills.gaps,
    };
  }

  it('reports every gap of 15 days or more between sessions with its exact dates, and nothing else', () => {
    fc.assert(
      fc.property(arbitraryTimeline(40), (t) => {
        const { start, days, today, gaps } = judge(t);
        // The start date counts as if a session had been the day before it.
        const points = [-1, ...new Set(days)];
        const expected = [];
        for (let i = 1; i < points.length; i += 1) {
          const a = points[i - 1] ?? 0;
          const b = points[i] ?? 0;
          if (b - a >= 15) {
            const length = b - a - 1;
            expected.push({
              from: addDays(start, a + 1),
              to: addDays(start, b - 1),
              days: length,
              fortnights: Math.floor(length / 14),
              ongoing: false,
            });
          }
        }
        const last = points.at(-1) ?? 0;
        const sinceLast = daysBetween(addDays(start, last), today);
        if (sinceLast >= 15)
          expected.push({
            from: addDays(start, last + 1),
            to: addDays(today, -1),
            days: sinceLast - 1,
            fortnights: Math.floor((sinceLast - 1) / 14),
            ongoing: true,
          });
        expect(gaps).toEqual(expected);
      }),
    );
  });

  it('reports no gap when no two sessions (nor the start, nor today) are more than 14 days apart', () => {
    fc.assert(
      fc.property(
        arbitraryTimeline(14).filter((t) => t.first <= 13),
        (t) => {
          expect(judge(t).gaps).toEqual([]);
        },
      ),
    );
  });

  it('moves every gap by k days when every date moves by k days', () => {
    fc.assert(
      fc.property(
        arbitraryTimeline(40, { min: 4000, max: 32_000 }),
        fc.integer({ min: -4000, max: 4000 }),
        (t, k) => {
          const moved = judge(t, k).gaps;
          expect(moved).toEqual(
            judge(t).gaps.map((gap) => ({
              ...gap,
              from: addDays(gap.from, k),
              to: addDays(gap.to, k),
            })),
          );
        },
      ),
    );
  });

  it('agrees with a day-by-day check of every 14-day window for any session lengths', () => {
    const arbitrarySessions = fc.array(
      fc.record({
        dayOffset: fc.integer({ min: -5, max: 120 }),
        minutes: fc.integer({ min: 1, max: 120 }),
      }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(arbitrarySessions, fc.integer({ min: -5, max: 130 }), (list, todayOffset) => {
        const sessions = list.map((s) => cs(day(s.dayOffset), s.minutes));
        const today = day(todayOffset);
        const { gaps, daysJudged } = supervisionCompliance(
          portfolioWith({ supervision: sessions }),
          today,
        ).clinicalSkills;
        expect(daysJudged).toBe(Math.max(0, todayOffset));
        const minutesIn = (first: number, last: number) =>
          list
            .filter((s) => s.dayOffset >= first && s.dayOffset <= last && s.dayOffset < todayOffset)
            .reduce((n, s) => n + s.minutes, 0);
        const short: number[] = [];
        for (let d = 0; d + 13 <= todayOffset - 1; d += 1)
          if (minutesIn(d, d + 13) < 60) short.push(d);
        const expected: { from: string; to: string; days: number }[] = [];
        let runStart: number | null = null;
        short.forEach((d, i) => {
          runStart ??= d;
          if (short[i + 1] !== d + 1) {
            expected.push({ from: day(runStart), to: day(d + 13), days: d + 14 - runStart });
            runStart = null;
          }
        });
        expect(gaps.map(({ from, to, days }) => ({ from, to, days }))).toEqual(expected);
        const sessionToday = list.some((s) => s.dayOffset === todayOffset);
        gaps.forEach((gap) => {
          expect(gap.fortnights).toBe(Math.floor(gap.days / 14));
          expect(gap.ongoing).toBe(gap.to === day(todayOffset - 1) && !sessionToday);
        });
      }),
    );
  });
});
