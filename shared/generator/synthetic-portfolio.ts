import { addDays, addMonths, isCalendarDate, weekStart } from '../dates';
import { newPortfolio } from '../domain/new-portfolio';
import { practiceOutcomes } from '../domain/practice-outcomes';
import { nationalDefaultProgramme } from '../programme/national-default';
import type { Portfolio, TrainingRoute } from '../schemas/portfolio';
import type { ProgrammeDay } from '../schemas/records';
import type { KeyPair, SignOffRequest } from '../signing/sign-off';
import { createSignOff } from '../signing/sign-off';
import { instantOn, timelineFor, workingDayUntil } from './calendar';
import { planCaseload } from './caseload';
import type { GeneratorContext } from './context';
import { planLearning } from './learning';
import { planMilestones } from './milestones';
import { castFor, traineeFor } from './people';
import { planProgrammeDays } from './programme-days';
import { streamFor } from './random';
import { planSupervision } from './supervision';

/**
 * A deterministic, realistic synthetic portfolio for tests, benchmarks, demos and `pwp example`.
 *
 * The generator plans the trainee's whole 12-month year on the national default programme, then
 * keeps only what would exist on `at`: events on or before it, entries written no later than
 * that day (an entry the trainee would have written a day or two later is taken as written at the
 * end of `at`), sign-offs given by then, and programme days after `at` as `planned`. Because the
 * plan never depends on `at`, a portfolio generated at an earlier date is the same trainee's
 * year, cut off sooner.
 */

export interface GeneratorOptions {
  /** Same seed and same options give byte-identical JSON. Used as a 32-bit integer. */
  seed: number;
  /** `YYYY-MM-DD`: generate only what would exist by the end of this day. */
  at: string;
  /**
   * `YYYY-MM-DD` the training starts. Default: the Monday of the week 11 months before `at`, so
   * a bare call gives a trainee in month 12 of their year, on a full caseload.
   */
  startDate?: string;
  /** Multiplies patients and contacts (benchmarks use 5). Default 1; from above 0 up to 50. */
  scale?: number;
  /** Default `pgcert`. Off-the-job records only on `apprenticeship`. */
  route?: TrainingRoute;
  /**
   * Default `on-track`. `behind` leaves gaps: missed programme days, missed and short supervision
   * (some covered by an untrained supervisor), fewer contacts, a late full-caseload gate, one
   * intervention with no evidence or assessment, fewer reflections and sign-offs, and an
   * unsatisfactory midpoint report.
   */
  completeness?: 'on-track' | 'behind';
}

export interface GeneratedPortfolio {
  portfolio: Portfolio;
  /** Each person's Ed25519 key pair by person id, so tests can sign more. */
  keys: Record<string, KeyPair>;
}

/** How many days later the full-caseload gate opens for a trainee who is behind. */
const BEHIND_FULL_GATE_DELAY_DAYS = 21;

interface Settings {
  seed: number;
  at: string;
  start: string;
  scale: number;
  route: TrainingRoute;
  behind: boolean;
}

function settingsFrom(options: GeneratorOptions): Settings {
  const { seed, at, scale = 1 } = options;
  if (!Number.isFinite(seed)) throw new Error('The seed must be a finite number');
  if (!isCalendarDate(at)) throw new Error(`"at" must be a date (YYYY-MM-DD), not "${at}"`);
  const start = options.startDate ?? weekStart(addMonths(at, -11));
  if (!isCalendarDate(start))
    throw new Error(`"startDate" must be a date (YYYY-MM-DD), not "${start}"`);
  if (!(scale > 0 && scale <= 50)) throw new Error('"scale" must be above 0 and at most 50');
  return {
    seed: seed | 0,
    at,
    start,
    scale,
    route: options.route ?? 'pgcert',
    behind: options.completeness === 'behind',
  };
}

/** The whole year as planned, before anything is cut off at `at`. */
function planYear(settings: Settings) {
  const { seed, behind } = settings;
  const programme = nationalDefaultProgramme;
  const timeline = timelineFor(
    settings.start,
    programme.windowMonths,
    programme.caseload.fullCaseloadFromMonth,
    behind ? BEHIND_FULL_GATE_DELAY_DAYS : 0,
  );
  const cast = castFor(seed, streamFor(seed, 'people'), behind);
  const context: GeneratorContext = {
    timeline,
    programme,
    scale: settings.scale,
    behind,
    route: settings.route,
    cast,
  };
  const days = planProgrammeDays(context, streamFor(seed, 'programme-days'));
  const dayDates = new Set(days.map((day) => day.date));
  const caseload = planCaseload(context, dayDates, streamFor(seed, 'caseload'));
  return {
    context,
    trainee: traineeFor(streamFor(seed, 'trainee'), settings.start, settings.route),
    days,
    contacts: caseload.contacts,
    supervision: planSupervision(
      context,
      streamFor(seed, 'supervision'),
      caseload.episodes,
      dayDates,
    ),
    learning: planLearning(context, streamFor(seed, 'learning'), days),
    milestones: planMilestones(context, streamFor(seed, 'milestones')),
  };
}

/** A record as it stands at the end of `at`: written that day at the latest. */
function writtenBy(at: string) {
  const cap = instantOn(at, 18, 0);
  return <T extends { recordedAt: string }>(record: T): T =>
    record.recordedAt.slice(0, 10) <= at ? record : { ...record, recordedAt: cap };
}

/** The records whose event happened on or before `at`, each written by the end of that day. */
function cutAt(at: string) {
  const written = writtenBy(at);
  return <T extends { date: string; recordedAt: string }>(records: readonly T[]): T[] =>
    records.filter((record) => record.date <= at).map(written);
}

/** A day still to come, as it was entered from the timetable when the portfolio was created. */
function plannedDay(day: ProgrammeDay, timetabledAt: string): ProgrammeDay {
  const { id, state, date, moduleId, kind, notes } = day;
  return { id, recordedAt: timetabledAt, state, date, moduleId, kind, status: 'planned', notes };
}

function latestInstant(portfolio: Portfolio): string {
  let latest = portfolio.createdAt;
  const consider = (instant: string) => {
    if (instant > latest) latest = instant;
  };
  for (const list of [
    portfolio.programmeDays,
    portfolio.contacts,
    portfolio.supervision,
    portfolio.evidence,
    portfolio.reflections,
    portfolio.assessments,
    portfolio.phaseGates,
    portfolio.supervisorReports,
    portfolio.offTheJob,
    portfolio.declarations,
  ])
    for (const record of list) consider(record.recordedAt);
  for (const signOff of portfolio.signOffs) consider(signOff.signedAt);
  return latest;
}

function signAll(
  portfolio: Portfolio,
  requests: readonly SignOffRequest[],
  keys: Record<string, KeyPair>,
) {
  const ordered = [...requests].sort(
    (a, b) => a.signedAt.localeCompare(b.signedAt) || a.id.localeCompare(b.id),
  );
  for (const request of ordered) {
    const key = keys[request.signerId];
    if (!key) throw new Error(`No key for ${request.signerId}`);
    portfolio.signOffs.push(createSignOff(portfolio, request, key.secretKey));
  }
}

/** The figures a practice-outcomes statement states, as computed from the caseload on its date. */
function outcomeFigures(portfolio: Portfolio, date: string): Record<string, number> {
  const { totals } = practiceOutcomes(portfolio, date);
  const percent = (rate: number | null) => (rate === null ? 0 : Math.round(rate * 100));
  return {
    finishedCases: totals.finishedCases,
    casenessAtStart: totals.casenessAtStart,
    recovered: totals.recovered,
    recoveryPercent: percent(totals.recoveryRate),
    reliableImprovement: totals.reliableImprovement,
    reliableImprovementPercent: percent(totals.reliableImprovementRate),
    deterioration: totals.deterioration,
    steppedUp: totals.steppedUp,
  };
}

/**
 * Generates the portfolio of one synthetic trainee as it stands at the end of `at`, valid
 * against `portfolioSchema`, with every sign-off verifying against the people's keys.
 */
export function generatePortfolio(options: GeneratorOptions): GeneratedPortfolio {
  const settings = settingsFrom(options);
  const { at } = settings;
  const year = planYear(settings);
  const { cast, timeline } = year.context;
  const createdOn = workingDayUntil(addDays(timeline.start, -3));
  const createdAt = instantOn(createdOn <= at ? createdOn : at, 10, 0);
  const timetabledAt = instantOn(createdAt.slice(0, 10), 10, 5);
  const cut = cutAt(at);
  const written = writtenBy(at);

  const signedBy = (request: SignOffRequest) => request.signedAt.slice(0, 10) <= at;
  const gateSignOffs = year.milestones.signOffs.filter(signedBy);
  const openedGates = new Set(gateSignOffs.map((s) => s.id));
  const phaseGates = year.milestones.phaseGates.filter((g) => openedGates.has(`so-${g.id}`));

  const contacts = cut(year.contacts);
  const portfolioSoFar = () => ({
    ...newPortfolio(year.trainee, { id: 'draft', now: new Date(createdAt) }),
    contacts,
  });
  const portfolio: Portfolio = {
    ...newPortfolio(year.trainee, {
      id: `synthetic-${(settings.seed >>> 0).toString(36)}`,
      now: new Date(createdAt),
    }),
    createdAt,
    people: cast.people.map((person) => ({ ...person })),
    programmeDays: year.days.map((day) =>
      day.date <= at ? written(day) : plannedDay(day, timetabledAt),
    ),
    contacts,
    supervision: cut(year.supervision),
    evidence: cut(year.learning.evidence),
    reflections: cut(year.learning.reflections),
    assessments: cut(year.learning.assessments),
    phaseGates,
    supervisorReports: cut(year.milestones.supervisorReports),
    offTheJob: cut(year.learning.offTheJob),
    declarations: cut(year.milestones.declarations).map((d) =>
      d.kind === 'practice-outcomes'
        ? { ...d, figures: outcomeFigures(portfolioSoFar(), d.date) }
        : d,
    ),
  };
  signAll(
    portfolio,
    [...year.learning.evidenceSignOffs, ...year.milestones.signOffs].filter(signedBy),
    cast.keys,
  );
  portfolio.updatedAt = latestInstant(portfolio);
  return { portfolio, keys: { ...cast.keys } };
}
