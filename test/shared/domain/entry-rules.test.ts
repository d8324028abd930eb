import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dateInWords } from '../../../shared/dates';
import type { Change } from '../../../shared/domain/changes';
import { applyChange } from '../../../shared/domain/changes';
import { currentRecords } from '../../../shared/domain/current-records';
import { duplicateDayMessage } from '../../../shared/domain/entry-rules';
import type { CollectionName, Portfolio } from '../../../shared/schemas/portfolio';
import { portfolioSchema } from '../../../shared/schemas/portfolio';
import { EARLIEST_CALENDAR_DATE, LATEST_CALENDAR_DATE } from '../../../shared/schemas/primitives';
import type {
  ClinicalContact,
  Evidence,
  ProgrammeDay,
  Reflection,
  SupervisionSession,
} from '../../../shared/schemas/records';
import { emptyPortfolio, meta } from '../../support/portfolio-fixture';

/** The fixture's start date (Monday 7 September 2026), and a "today" some weeks after it. */
const START = '2026-09-07';
const TODAY = '2026-10-02';
const AT = '2026-10-02T09:00:00.000Z';

const contact = (id: string, over: Partial<ClinicalContact> = {}): ClinicalContact => ({
  ...meta(id),
  patientCode: 'PT-0042',
  date: '2026-10-01',
  kind: 'treatment',
  mode: 'telephone',
  durationMinutes: 30,
  interventions: ['behavioural-activation'],
  measures: { phq9: 14 },
  outcome: 'continuing',
  ...over,
});
const session = (id: string, over: Partial<SupervisionSession> = {}): SupervisionSession => ({
  ...meta(id),
  date: '2026-10-01',
  type: 'case-management',
  format: 'individual',
  durationMinutes: 60,
  supervisorId: 'sup-1',
  patientCodesReviewed: [],
  ...over,
});
const day = (id: string, over: Partial<ProgrammeDay> = {}): ProgrammeDay => ({
  ...meta(id),
  date: '2027-01-12',
  moduleId: 'engagement-assessment',
  kind: 'taught',
  status: 'attended',
  ...over,
});
const reflection = (id: string, over: Partial<Reflection> = {}): Reflection => ({
  ...meta(id),
  date: '2026-10-01',
  title: 'First assessment',
  text: 'What I learnt about pacing the session.',
  private: false,
  ...over,
});
const evidence = (id: string, over: Partial<Evidence> = {}): Evidence => ({
  ...meta(id),
  interventionId: 'behavioural-activation',
  kind: 'case-summary',
  date: '2026-10-01',
  title: 'Case summary',
  description: 'A summary of a course of behavioural activation.',
  ...over,
});

const add = (collection: CollectionName, record: object, today = TODAY) =>
  ({ type: 'record-add', collection, record, today }) as Change;

function save(portfolio: Portfolio, change: Change) {
  return applyChange(portfolio, change, AT);
}

function issuesOf(result: ReturnType<typeof applyChange>) {
  return result.ok
    ? []
    : result.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('entry rules: dates', () => {
  it('refuses a contact dated after today, naming the field', () => {
    const result = save(emptyPortfolio(), add('contacts', contact('c1', { date: '2026-10-03' })));
    expect(issuesOf(result)).toEqual([
      { path: 'record.date', message: 'The date of the contact must be today or in the past' },
    ]);
  });

  it('accepts a contact dated today', () => {
    expect(save(emptyPortfolio(), add('contacts', contact('c1', { date: TODAY }))).ok).toBe(true);
  });

  it('refuses a contact or a supervision session before the start date, naming the start date', () => {
    const early = save(emptyPortfolio(), add('contacts', contact('c1', { date: '2026-01-07' })));
    expect(issuesOf(early)).toEqual([
      {
        path: 'record.date',
        message:
          'The date of the contact must be the same as or after your programme start date, 7 September 2026',
      },
    ]);
    const supervision = save(
      emptyPortfolio(),
      add('supervision', session('s1', { date: addDays(START, -1) })),
    );
    expect(issuesOf(supervision)[0]?.message).toContain('7 September 2026');
    expect(save(emptyPortfolio(), add('supervision', session('s1', { date: START }))).ok).toBe(
      true,
    );
  });

  it('keeps a planned programme day in the future, but not one marked attended, absent or missed', () => {
    const future = '2027-01-12';
    expect(save(emptyPortfolio(), add('programmeDays', day('d1', { status: 'planned' }))).ok).toBe(
      true,
    );
    for (const status of ['attended', 'missed'] as const) {
      const result = save(
        emptyPortfolio(),
        add('programmeDays', day('d1', { date: future, status })),
      );
      expect(issuesOf(result)).toEqual([
        {
          path: 'record.date',
          message:
            'The date of a programme day you attended, were absent from or missed must be today or in the past. Mark a day still to come as planned',
        },
      ]);
    }
  });

  it('checks a draft when it is submitted, and a correction like a new entry', () => {
    // A draft dated ahead, as a file written before this rule may hold one.
    const portfolio = emptyPortfolio();
    portfolio.contacts.push({ ...contact('c1', { date: '2026-12-01' }), state: 'draft' });
    const submit = save(portfolio, {
      type: 'record-submit',
      collection: 'contacts',
      id: 'c1',
      today: TODAY,
    });
    expect(issuesOf(submit).map((i) => i.path)).toEqual(['record.date']);
    const later = save(portfolio, {
      type: 'record-submit',
      collection: 'contacts',
      id: 'c1',
      today: '2026-12-01',
    });
    expect(later.ok).toBe(true);

    const submitted = emptyPortfolio();
    submitted.contacts.push(contact('c1'));
    const amend = save(submitted, {
      type: 'record-amend',
      collection: 'contacts',
      supersedes: 'c1',
      reason: 'Wrong date',
      record: contact('c2', { date: '2027-03-01' }),
      today: TODAY,
    });
    expect(issuesOf(amend).map((i) => i.path)).toEqual(['record.date']);
  });

  it('checks only while saving: the change the journal keeps has no date, and replays anywhere', () => {
    const change = add('contacts', contact('c1', { date: TODAY }));
    const result = save(emptyPortfolio(), change);
    if (!result.ok) throw new Error('refused');
    expect('today' in result.change).toBe(false);
    // Replayed long before its date (another computer's clock), it still applies.
    const replayed = applyChange(emptyPortfolio(), result.change, '2020-01-01T00:00:00.000Z');
    expect(replayed.ok).toBe(true);
    // Without a saver's date (a journal line, an internal caller) nothing of these rules runs.
    const unchecked: Change = {
      type: 'record-add',
      collection: 'contacts',
      record: contact('c2', { date: '2030-01-01' }),
    };
    expect(save(emptyPortfolio(), unchecked).ok).toBe(true);
  });

  /** Any date the schema accepts, weighted towards the months around the start date. */
  const anyDate = fc.oneof(
    fc.integer({ min: -400, max: 800 }).map((n) => addDays(START, n)),
    fc
      .integer({ min: 0, max: 36_889 })
      .map((n) => addDays(EARLIEST_CALENDAR_DATE, n))
      .filter((d) => d <= LATEST_CALENDAR_DATE),
  );

  it('accepts a contact or a session exactly when start ≤ date ≤ today, for any date and any today', () => {
    fc.assert(
      fc.property(anyDate, anyDate, fc.boolean(), (date, today, asContact) => {
        const change = asContact
          ? add('contacts', contact('c1', { date }), today)
          : add('supervision', session('s1', { date }), today);
        const result = save(emptyPortfolio(), change);
        expect(result.ok).toBe(date >= START && date <= today);
        if (!result.ok)
          expect(result.issues.every((i) => i.path.join('.') === 'record.date')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts a programme day dated after today exactly when it is planned', () => {
    fc.assert(
      fc.property(
        anyDate,
        anyDate,
        fc.constantFrom('planned', 'attended', 'missed', 'authorised-absence' as const),
        (date, today, status) => {
          const record = day('d1', {
            date,
            status,
            ...(status === 'authorised-absence' ? { makeUpPlan: 'Watch the recording' } : {}),
          });
          const result = save(emptyPortfolio(), add('programmeDays', record, today));
          expect(result.ok).toBe(status === 'planned' || date <= today);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('entry rules: one programme day per module and date', () => {
  const existing = () => {
    const portfolio = emptyPortfolio();
    portfolio.programmeDays.push(day('d1', { date: '2026-09-29' }));
    return portfolio;
  };

  it('refuses a second day of the same module on the same date, in words', () => {
    const result = save(
      existing(),
      add('programmeDays', day('d2', { date: '2026-09-29', kind: 'directed', status: 'missed' })),
    );
    expect(issuesOf(result)).toEqual([
      {
        path: 'record.date',
        message:
          'You have already logged a programme day on 29 September 2026 for this module. Open that entry to change it.',
      },
    ]);
    expect(duplicateDayMessage('2027-01-12')).toBe(
      'You have already logged a programme day on 12 January 2027 for this module. Open that entry to change it.',
    );
  });

  it('accepts the same date for another module, a correction of that day, and a draft updating itself', () => {
    const other = save(
      existing(),
      add('programmeDays', day('d2', { date: '2026-09-29', moduleId: 'values-diversity-context' })),
    );
    expect(other.ok).toBe(true);
    const amend = save(existing(), {
      type: 'record-amend',
      collection: 'programmeDays',
      supersedes: 'd1',
      reason: 'I was off sick',
      record: day('d3', {
        date: '2026-09-29',
        status: 'authorised-absence',
        makeUpPlan: 'Watch the recording',
      }),
      today: TODAY,
    });
    expect(amend.ok).toBe(true);

    const drafts = emptyPortfolio();
    drafts.programmeDays.push({ ...day('d1', { date: '2026-09-29' }), state: 'draft' });
    const update = save(drafts, {
      type: 'record-update-draft',
      collection: 'programmeDays',
      record: { ...day('d1', { date: '2026-09-29', notes: 'Room 2' }), state: 'draft' },
      today: TODAY,
    });
    expect(update.ok).toBe(true);
  });

  type Step =
    | { kind: 'add'; n: number; date: number; module: number; draft: boolean }
    | { kind: 'amend'; target: number; n: number; date: number; module: number }
    | { kind: 'update'; target: number; date: number; module: number }
    | { kind: 'submit'; target: number };
  const modules = ['engagement-assessment', 'evidence-based-treatment', 'values-diversity-context'];
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.record({
      kind: fc.constant('add' as const),
      n: fc.nat(30),
      date: fc.nat(4),
      module: fc.nat(2),
      draft: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('amend' as const),
      target: fc.nat(30),
      n: fc.nat(30),
      date: fc.nat(4),
      module: fc.nat(2),
    }),
    fc.record({
      kind: fc.constant('update' as const),
      target: fc.nat(30),
      date: fc.nat(4),
      module: fc.nat(2),
    }),
    fc.record({ kind: fc.constant('submit' as const), target: fc.nat(30) }),
  );

  it('never lets two current days share a module and a date, and refuses only such a clash', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let portfolio = emptyPortfolio();
        for (const s of steps) {
          const at = (d: number, m: number) => ({
            date: addDays(START, d * 7),
            moduleId: modules[m] ?? 'engagement-assessment',
          });
          let change: Change;
          let replaces: string | undefined;
          let target: { date: string; moduleId: string } | undefined;
          if (s.kind === 'add') {
            target = at(s.date, s.module);
            change = add('programmeDays', {
              ...day(`day-${s.n}`, target),
              state: s.draft ? 'draft' : 'submitted',
            });
          } else if (s.kind === 'amend') {
            target = at(s.date, s.module);
            replaces = `day-${s.target}`;
            change = {
              type: 'record-amend',
              collection: 'programmeDays',
              supersedes: replaces,
              reason: 'Correction',
              record: day(`day-${s.n}`, target),
              today: TODAY,
            };
          } else if (s.kind === 'update') {
            target = at(s.date, s.module);
            replaces = `day-${s.target}`;
            change = {
              type: 'record-update-draft',
              collection: 'programmeDays',
              record: { ...day(replaces, target), state: 'draft' },
              today: TODAY,
            };
          } else {
            change = {
              type: 'record-submit',
              collection: 'programmeDays',
              id: `day-${s.target}`,
              today: TODAY,
            };
          }
          const clash =
            target !== undefined &&
            currentRecords(portfolio.programmeDays).some(
              (d) => d.id !== replaces && d.date === target.date && d.moduleId === target.moduleId,
            );
          const result = save(portfolio, change);
          const duplicateRefusal =
            !result.ok &&
            result.issues.some((i) => i.message.startsWith('You have already logged'));
          // Refused as a duplicate exactly when another current day holds the module and date (a
          // draft's update can be refused sooner, when there is no such draft to update).
          if (s.kind === 'add' || s.kind === 'amend') expect(duplicateRefusal).toBe(clash);
          else if (result.ok || duplicateRefusal) expect(duplicateRefusal).toBe(clash);
          if (result.ok) portfolio = result.portfolio;
          const keys = currentRecords(portfolio.programmeDays).map(
            (d) => `${d.moduleId} ${d.date}`,
          );
          expect(new Set(keys).size).toBe(keys.length);
        }
        expect(portfolioSchema.safeParse(portfolio).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('entry rules: what an entry must say', () => {
  it('asks a treatment session for an intervention, but not an assessment, a review, a group or shadowing', () => {
    const none = save(emptyPortfolio(), add('contacts', contact('c1', { interventions: [] })));
    expect(issuesOf(none)).toEqual([
      {
        path: 'record.interventions',
        message: 'Choose at least one intervention used in this treatment session',
      },
    ]);
    for (const kind of ['assessment', 'review', 'group', 'shadowing'] as const)
      expect(
        save(emptyPortfolio(), add('contacts', contact('c1', { kind, interventions: [] }))).ok,
      ).toBe(true);
  });

  it('asks a reflection for its text and evidence for its description, drafts included', () => {
    for (const state of ['draft', 'submitted'] as const) {
      const r = save(
        emptyPortfolio(),
        add('reflections', { ...reflection('r1', { text: '   ' }), state }),
      );
      expect(issuesOf(r)).toEqual([
        { path: 'record.text', message: 'Enter what you reflected on' },
      ]);
      const e = save(
        emptyPortfolio(),
        add('evidence', { ...evidence('e1', { description: '' }), state }),
      );
      expect(issuesOf(e)).toEqual([
        { path: 'record.description', message: 'Describe the evidence' },
      ]);
    }
    expect(save(emptyPortfolio(), add('reflections', reflection('r1'))).ok).toBe(true);
    expect(save(emptyPortfolio(), add('evidence', evidence('e1'))).ok).toBe(true);
  });

  it('refuses to submit a draft written before the rule that lacks its text, but the file still opens', () => {
    const portfolio = emptyPortfolio();
    portfolio.reflections.push({ ...reflection('r1', { text: '' }), state: 'draft' });
    expect(portfolioSchema.safeParse(portfolio).success).toBe(true);
    const submit = save(portfolio, {
      type: 'record-submit',
      collection: 'reflections',
      id: 'r1',
      today: TODAY,
    });
    expect(issuesOf(submit)).toEqual([
      { path: 'record.text', message: 'Enter what you reflected on' },
    ]);
  });

  it('names the start date in words in every before-start message', () => {
    const start = '2027-01-11';
    const portfolio = emptyPortfolio({ startDate: start });
    for (const [collection, record] of [
      ['contacts', contact('c1', { date: '2027-01-10' })],
      ['supervision', session('s1', { date: '2027-01-10' })],
      ['evidence', evidence('e1', { date: '2027-01-10' })],
    ] as const) {
      const result = save(portfolio, add(collection, record, '2027-02-01'));
      expect(issuesOf(result)[0]?.message).toContain(dateInWords(start));
    }
  });
});
