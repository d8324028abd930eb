import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../cli/format-report';
import { addDays, windowEnd } from '../../../shared/dates';
import { MAX_SERIES_WEEKS } from '../../../shared/domain/caseload-phase';
import { countedRecords } from '../../../shared/domain/current-records';
import { progressReport } from '../../../shared/domain/progress-report';
import type { Portfolio } from '../../../shared/schemas/portfolio';
import { portfolioSchema } from '../../../shared/schemas/portfolio';
import { EARLIEST_CALENDAR_DATE, LATEST_CALENDAR_DATE } from '../../../shared/schemas/primitives';
import type {
  ClinicalContact,
  OffTheJob,
  ProgrammeDay,
  SupervisionSession,
  SupervisorReport,
} from '../../../shared/schemas/records';
import { emptyPortfolio } from '../../support/portfolio-fixture';

/**
 * The counting rule, checked over the whole input space: for records dated anywhere a file may
 * date them (2000–2100) and any report date, every count in the progress report equals an
 * independent count of the current, submitted records dated from the start date to the report
 * date — and the tiles' totals, the charts' series, readiness and the CLI agree with each other.
 */

const LAST_OFFSET = 36_889; // 2000-01-01 + 36 889 days = 2100-12-31
const fromOffset = (n: number) => addDays(EARLIEST_CALENDAR_DATE, n);

/** Dates anywhere in the valid range, and more of them around `start`, where the edges are. */
const dateNear = (start: string) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: -60, max: 450 }).map((n) => addDays(start, n)) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: LAST_OFFSET }).map(fromOffset) },
  );

const modules = ['engagement-assessment', 'evidence-based-treatment', 'values-diversity-context'];
const patients = ['PT-0001', 'PT-0002', 'PT-0003', 'PT-0004'];
const state = fc.constantFrom<'draft' | 'submitted'>('submitted', 'submitted', 'draft');
const instant = fc
  .integer({ min: 0, max: 1000 })
  .map((n) => new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString());

interface Case {
  start: string;
  today: string;
  route: 'pgcert' | 'apprenticeship';
  days: ProgrammeDay[];
  contacts: ClinicalContact[];
  supervision: SupervisionSession[];
  offTheJob: OffTheJob[];
  reports: SupervisorReport[];
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    start: fc.integer({ min: 365, max: LAST_OFFSET - 800 }).map(fromOffset),
    route: fc.constantFrom('pgcert' as const, 'apprenticeship' as const),
  })
  .chain(({ start, route }) => {
    const date = dateNear(start);
    return fc.record({
      start: fc.constant(start),
      route: fc.constant(route),
      today: date,
      days: fc.array(
        fc.record({
          date,
          module: fc.nat(2),
          kind: fc.constantFrom('taught' as const, 'directed' as const),
          status: fc.constantFrom('planned', 'attended', 'authorised-absence', 'missed' as const),
          state,
          recordedAt: instant,
        }),
        { maxLength: 25 },
      ),
      contacts: fc.array(
        fc.record({
          date,
          patient: fc.nat(3),
          kind: fc.constantFrom('assessment', 'treatment', 'review', 'group', 'shadowing' as const),
          minutes: fc.integer({ min: 1, max: 240 }),
          outcome: fc.constantFrom('continuing', 'stepped-up', 'discharged' as const),
          phq9: fc.integer({ min: 0, max: 27 }),
          state,
          recordedAt: instant,
        }),
        { maxLength: 25 },
      ),
      supervision: fc.array(
        fc.record({
          date,
          type: fc.constantFrom('case-management' as const, 'clinical-skills' as const),
          minutes: fc.integer({ min: 1, max: 480 }),
          trained: fc.boolean(),
          state,
          patient: fc.nat(3),
        }),
        { maxLength: 20 },
      ),
      offTheJob: fc.array(fc.record({ date, hours: fc.integer({ min: 1, max: 8 }), state }), {
        maxLength: 10,
      }),
      reports: fc.array(
        fc.record({
          date,
          kind: fc.constantFrom('midpoint' as const, 'final' as const),
          state,
        }),
        { maxLength: 3 },
      ),
    });
  })
  .map((c): Case => {
    let n = 0;
    const id = (prefix: string) => `${prefix}-${(n += 1)}`;
    return {
      start: c.start,
      today: c.today,
      route: c.route,
      days: c.days.map((d) => ({
        id: id('day'),
        recordedAt: d.recordedAt,
        state: d.state,
        date: d.date,
        moduleId: modules[d.module] ?? 'engagement-assessment',
        kind: d.kind,
        status: d.status,
        ...(d.status === 'authorised-absence' ? { makeUpPlan: 'Watch the recording' } : {}),
      })),
      contacts: c.contacts.map((x) => ({
        id: id('contact'),
        recordedAt: x.recordedAt,
        state: x.state,
        patientCode: patients[x.patient] ?? 'PT-0001',
        date: x.date,
        kind: x.kind,
        mode: 'telephone',
        durationMinutes: x.minutes,
        interventions: x.kind === 'treatment' ? ['behavioural-activation'] : [],
        presentationId: 'depression',
        measures: { phq9: x.phq9 },
        outcome: x.outcome,
      })),
      supervision: c.supervision.map((s) => ({
        id: id('session'),
        recordedAt: '2026-01-01T09:00:00Z',
        state: s.state,
        date: s.date,
        type: s.type,
        format: 'individual',
        durationMinutes: s.minutes,
        supervisorId: s.trained ? 'sup-1' : 'sup-2',
        patientCodesReviewed: [patients[s.patient] ?? 'PT-0001'],
      })),
      offTheJob: c.offTheJob.map((o) => ({
        id: id('otj'),
        recordedAt: '2026-01-01T09:00:00Z',
        state: o.state,
        date: o.date,
        hours: o.hours,
        activity: 'Reading',
      })),
      reports: c.reports.map((r) => ({
        id: id('report'),
        recordedAt: '2026-01-01T09:00:00Z',
        state: r.state,
        kind: r.kind,
        date: r.date,
        supervisorId: 'sup-1',
        rating: 'satisfactory',
        comments: 'Good progress',
      })),
    };
  });

function portfolioOf(c: Case): Portfolio {
  const portfolio = emptyPortfolio({ startDate: c.start, route: c.route });
  portfolio.people.push({
    id: 'sup-2',
    name: 'Alex Brown',
    role: 'supervisor',
    supervisorTrained: false,
  });
  portfolio.programmeDays.push(...c.days);
  portfolio.contacts.push(...c.contacts);
  portfolio.supervision.push(...c.supervision);
  portfolio.offTheJob.push(...c.offTheJob);
  portfolio.supervisorReports.push(...c.reports);
  return portfolio;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('the counting rule: start ≤ date ≤ today, everywhere', () => {
  it('the generated files are valid, whatever their dates: nothing here makes a file unreadable', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const parsed = portfolioSchema.safeParse(portfolioOf(c));
        expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('every count equals an independent count, and tiles, series, readiness and the CLI agree', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const portfolio = portfolioOf(c);
        const { start, today } = c;
        const report = progressReport(portfolio, today);
        const inRange = (date: string) => date >= start && date <= today;
        const submittedOnly = <T extends { state: string }>(records: T[]) =>
          records.filter((r) => r.state === 'submitted');

        // Programme days: inside the window, up to today, one per module and date.
        const end = windowEnd(start, portfolio.programme.windowMonths);
        const days = submittedOnly(c.days).filter((d) => d.date >= start && d.date <= end);
        const lastWritten = new Map<string, ProgrammeDay>();
        for (const d of days) {
          const key = `${d.moduleId}|${d.date}`;
          const held = lastWritten.get(key);
          if (!held || Date.parse(d.recordedAt) >= Date.parse(held.recordedAt))
            lastWritten.set(key, d);
        }
        const oneEach = [...lastWritten.values()];
        const happened = (status: ProgrammeDay['status']) =>
          oneEach.filter((d) => d.status === status && d.date <= today).length;
        expect(report.days.totals.attended).toBe(happened('attended'));
        expect(report.days.totals.authorisedAbsence).toBe(happened('authorised-absence'));
        expect(report.days.totals.missed).toBe(happened('missed'));
        expect(report.days.totals.planned + report.days.totals.unrecorded).toBe(
          oneEach.length -
            happened('attended') -
            happened('authorised-absence') -
            happened('missed'),
        );
        expect(report.days.duplicates).toHaveLength(days.length - oneEach.length);
        expect(report.days.outsideWindow).toHaveLength(
          submittedOnly(c.days).filter((d) => d.date < start || d.date > end).length,
        );
        // The tile ("N of 45 attended") and the chart (the running count) agree.
        expect(report.days.attendedDates).toHaveLength(report.days.totals.attended);
        expect(report.days.attendedDates.every(inRange)).toBe(true);
        expect(sum(report.days.modules.map((m) => m.attended))).toBe(report.days.totals.attended);

        // Contacts: hours, patients, outcomes, caseload and coverage count the same contacts.
        const contacts = submittedOnly(c.contacts).filter((x) => inRange(x.date));
        const own = contacts.filter((x) => x.kind !== 'shadowing');
        const ownMinutes = sum(own.map((x) => x.durationMinutes));
        const hours = report.practiceHours;
        expect(hours.total.contacts).toBe(own.length);
        expect(hours.total.minutes).toBe(ownMinutes);
        expect(hours.shadowingContacts).toBe(contacts.length - own.length);
        expect(sum(hours.byMonth.map((m) => m.minutes))).toBe(ownMinutes);
        expect(sum(Object.values(hours.byMode).map((m) => m.contacts))).toBe(own.length);
        expect(hours.met).toBe(ownMinutes >= hours.minimumHours * 60);
        expect(hours.outsideWindow).toHaveLength(
          submittedOnly(c.contacts).filter((x) => x.date < start).length,
        );
        const ownPatients = new Set(own.map((x) => x.patientCode)).size;
        expect(hours.patientsSeen).toBe(ownPatients);
        expect(report.caseload.patientsSeen).toBe(ownPatients);
        expect(report.practiceOutcomes.patients).toHaveLength(ownPatients);
        expect(sum(report.practiceOutcomes.patients.map((p) => p.sessions))).toBe(own.length);
        const weeksShown = report.caseload.weeks.length;
        if (weeksShown < MAX_SERIES_WEEKS)
          expect(sum(report.caseload.weeks.map((w) => w.logged))).toBe(own.length);
        expect(report.caseload.contactsOutsidePhase.every((x) => inRange(x.date))).toBe(true);
        const ba = report.interventions.find((i) => i.interventionId === 'behavioural-activation');
        expect(ba?.contactsUsing).toBe(own.filter((x) => x.kind === 'treatment').length);
        expect(report.coverage.hasDepression).toBe(own.length > 0);

        // Supervision: totals and the cumulative series, from trained supervisors only.
        const sessions = submittedOnly(c.supervision).filter((s) => inRange(s.date));
        for (const [type, part] of [
          ['case-management', report.supervision.caseManagement],
          ['clinical-skills', report.supervision.clinicalSkills],
        ] as const) {
          const counted = sessions.filter((s) => s.type === type && s.supervisorId === 'sup-1');
          const minutes = sum(counted.map((s) => s.durationMinutes));
          expect(part.total.minutes).toBe(minutes);
          expect(part.cumulative.at(-1)?.hours ?? 0).toBe(part.total.hours);
          expect(part.cumulative.every((p) => inRange(p.date))).toBe(true);
        }
        expect(report.supervision.notCounted).toHaveLength(
          sessions.filter((s) => s.supervisorId === 'sup-2').length,
        );
        expect(report.supervision.outsideWindow).toHaveLength(
          submittedOnly(c.supervision).filter((s) => s.date < start).length,
        );

        // Off the job and supervisor reports.
        if (report.apprenticeship.applies)
          expect(report.apprenticeship.totalHours).toBe(
            sum(
              submittedOnly(c.offTheJob)
                .filter((o) => inRange(o.date))
                .map((o) => o.hours),
            ),
          );
        const finals = submittedOnly(c.reports).filter(
          (r) => r.kind === 'final' && inRange(r.date),
        );
        expect(report.reports.final === null).toBe(finals.length === 0);

        // Readiness says what the tiles say.
        const requirement = (id: string) => report.readiness.requirements.find((r) => r.id === id);
        expect(requirement('clinical-hours')?.met).toBe(hours.met);
        expect(requirement('case-management-hours')?.met).toBe(
          report.supervision.caseManagement.total.met,
        );
        const daysMet = report.days.modules.every((m) =>
          (['taught', 'directed'] as const).every(
            (k) => m.byKind[k].attended + m.byKind[k].authorisedAbsence >= m.byKind[k].required,
          ),
        );
        expect(requirement('programme-days')?.met).toBe(daysMet);

        // The CLI formats this same report (its wording is its own): the figures appear in it.
        const text = formatReport(report);
        for (const m of report.days.modules) expect(text).toContain(String(m.attended));
        expect(text).toContain(String(report.caseload.patientsSeen));
      }),
      { numRuns: 300 },
    );
  });

  it('counts a day marked attended ahead of its date as planned until that day, on the tile and the chart alike', () => {
    const portfolio = emptyPortfolio();
    const day = (id: string, date: string): ProgrammeDay => ({
      id,
      recordedAt: '2026-09-01T09:00:00Z',
      state: 'submitted',
      date,
      moduleId: 'engagement-assessment',
      kind: 'taught',
      status: 'attended',
    });
    portfolio.programmeDays.push(
      day('d1', '2026-09-08'),
      day('d2', '2026-10-06'),
      day('d3', '2026-10-13'),
    );
    const before = progressReport(portfolio, '2026-09-30').days;
    expect(before.totals).toMatchObject({ attended: 1, planned: 2 });
    expect(before.attendedDates).toEqual(['2026-09-08']);
    const after = progressReport(portfolio, '2026-10-13').days;
    expect(after.totals.attended).toBe(3);
    expect(after.attendedDates).toHaveLength(3);
  });

  it('lists a contact and a session before the start as outside the programme window, not counted', () => {
    const portfolio = emptyPortfolio();
    portfolio.contacts.push({
      id: 'early',
      recordedAt: '2026-01-10T09:00:00Z',
      state: 'submitted',
      patientCode: 'PT-0001',
      date: '2026-01-07',
      kind: 'assessment',
      mode: 'telephone',
      durationMinutes: 45,
      interventions: [],
      measures: {},
      outcome: 'continuing',
    });
    portfolio.supervision.push({
      id: 'early-session',
      recordedAt: '2026-01-10T09:00:00Z',
      state: 'submitted',
      date: '2026-01-07',
      type: 'case-management',
      format: 'individual',
      durationMinutes: 60,
      supervisorId: 'sup-1',
      patientCodesReviewed: [],
    });
    expect(portfolioSchema.safeParse(portfolio).success).toBe(true);
    const report = progressReport(portfolio, '2026-10-01');
    expect(report.practiceHours.total.minutes).toBe(0);
    expect(report.practiceHours.outsideWindow.map((x) => x.id)).toEqual(['early']);
    expect(report.supervision.caseManagement.total.minutes).toBe(0);
    expect(report.supervision.outsideWindow.map((x) => x.id)).toEqual(['early-session']);
    expect(countedRecords(portfolio.contacts)).toHaveLength(1);
    expect(LATEST_CALENDAR_DATE).toBe(fromOffset(LAST_OFFSET));
  });
});
