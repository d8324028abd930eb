import { addDays } from '../dates';
import type { ClinicalContact } from '../schemas/records';
import {
  isChristmasBreak,
  mondayOf,
  SHADOWING_WEEKS,
  workingDaysOf,
  writtenAfter,
} from './calendar';
import type { GeneratorContext } from './context';
import type { PatientPlan } from './patients';
import {
  contactFor,
  daysToNextVisit,
  INTERVENTIONS_FOR,
  planPatient,
  PRESENTATION_WEIGHTS,
} from './patients';
import type { Random } from './random';
import { SHADOWING_NOTES } from './texts';

/**
 * The clinical contacts of the year, simulated week by week. Weeks 1–8 are shadowing only. From
 * the reduced-caseload gate the trainee has a weekly capacity (ramping up to the reduced caseload,
 * then the full caseload from the full gate); patients already in treatment are seen first, and
 * free slots go to new assessments. Contacts fall on working days that are not programme days and
 * not in the Christmas break.
 */

/** How many new patients a week the service books for a trainee, at most (scale 1). */
const MAX_NEW_PATIENTS_PER_WEEK = 6;
/** A trainee who is behind sees this share of the expected contacts. */
const BEHIND_CASELOAD_FACTOR = 0.75;
/** The first weeks of the reduced caseload, as a share of it: the caseload builds up. */
const RAMP = [0.4, 0.55, 0.7, 0.85] as const;

/** One patient's episode of care: when it began and, once discharged, when it ended. */
export interface Episode {
  code: string;
  first: string;
  closedOn: string | null;
}

export interface CaseloadPlan {
  contacts: ClinicalContact[];
  episodes: Episode[];
}

interface Active {
  plan: PatientPlan;
  visit: number;
  nextDue: string;
}

type Draft = Omit<ClinicalContact, 'id'>;

function clinicDays(context: GeneratorContext, week: number, blocked: ReadonlySet<string>) {
  return workingDaysOf(context.timeline, week).filter(
    (day) => !blocked.has(day) && !isChristmasBreak(day),
  );
}

function weeklyCapacity(context: GeneratorContext, week: number, days: number, random: Random) {
  const { caseload } = context.programme;
  const full = caseload.fullCaseloadContactsPerWeek;
  const reduced = (full * caseload.reducedCaseloadPercent) / 100;
  const ramp = RAMP[week - SHADOWING_WEEKS] ?? 1;
  const target =
    mondayOf(context.timeline, week) >= context.timeline.fullFrom ? full : reduced * ramp;
  const factor = context.behind ? BEHIND_CASELOAD_FACTOR : 1;
  const availability = Math.min(1, days / 4);
  return Math.max(
    0,
    Math.round(target * availability * factor * context.scale) + random.int(-1, 1),
  );
}

/** A qualified PWP's session the trainee sat in on: not the trainee's patient, no measures. */
function shadowingContact(random: Random, code: string, date: string): Draft {
  const presentationId = random.weighted(PRESENTATION_WEIGHTS);
  const assessment = random.chance(0.35);
  const intervention = random.weighted(
    INTERVENTIONS_FOR[presentationId] ?? [['problem-solving', 1]],
  );
  return {
    recordedAt: writtenAfter(random, date),
    state: 'submitted',
    patientCode: code,
    date,
    kind: 'shadowing',
    mode: random.weighted([
      ['telephone', 5],
      ['video', 2],
      ['face-to-face', 2],
    ] as const),
    durationMinutes: assessment
      ? random.weighted([
          [45, 3],
          [60, 1],
        ])
      : 30,
    interventions: assessment ? [] : [intervention],
    presentationId,
    measures: {},
    outcome: 'continuing',
    ...(random.chance(0.6) ? { notes: random.pick(SHADOWING_NOTES) } : {}),
  };
}

/** The day in `days` with the fewest contacts so far, on or after `from`, with room left. */
function freeDay(days: readonly string[], load: Map<string, number>, cap: number, from: string) {
  let best: string | undefined;
  for (const day of days) {
    const used = load.get(day) ?? 0;
    if (day < from || used >= cap) continue;
    if (best === undefined || used < (load.get(best) ?? 0)) best = day;
  }
  return best;
}

class CaseloadSimulation {
  readonly drafts: Draft[] = [];
  readonly episodes = new Map<string, Episode>();
  private active: Active[] = [];
  private patients = 0;
  private shadowed = 0;

  constructor(
    private readonly context: GeneratorContext,
    private readonly random: Random,
  ) {}

  shadowingWeek(days: readonly string[]) {
    const count = Math.round(this.random.int(3, 6) * this.context.scale);
    for (let i = 0; i < count; i += 1) {
      this.shadowed += 1;
      const code = `SH-${String(this.shadowed).padStart(4, '0')}`;
      this.drafts.push(shadowingContact(this.random, code, this.random.pick(days)));
    }
  }

  caseloadWeek(week: number, days: readonly string[]) {
    const capacity = weeklyCapacity(this.context, week, days.length, this.random);
    const perDay = Math.ceil(capacity / days.length) + 1;
    const load = new Map<string, number>();
    let used = 0;
    const lastDay = days.at(-1) ?? '';
    const due = this.active
      .filter((patient) => patient.nextDue <= lastDay)
      .sort((a, b) => a.nextDue.localeCompare(b.nextDue) || a.plan.code.localeCompare(b.plan.code));
    for (const patient of due) {
      if (used >= capacity) break;
      const day = days.find((d) => d >= patient.nextDue && (load.get(d) ?? 0) < perDay);
      if (day === undefined) continue;
      load.set(day, (load.get(day) ?? 0) + 1);
      used += 1;
      this.see(patient, day);
    }
    this.active = this.active.filter((patient) => patient.visit < patient.plan.visits);
    const newPatients = Math.min(
      capacity - used,
      Math.round(MAX_NEW_PATIENTS_PER_WEEK * this.context.scale),
    );
    for (let i = 0; i < newPatients; i += 1) {
      const day = freeDay(days, load, perDay, days[0] ?? '');
      if (day === undefined) break;
      load.set(day, (load.get(day) ?? 0) + 1);
      this.admit(day);
    }
  }

  private admit(day: string) {
    this.patients += 1;
    const plan = planPatient(this.random, `PT-${String(this.patients).padStart(4, '0')}`);
    const patient: Active = { plan, visit: 0, nextDue: day };
    this.episodes.set(plan.code, { code: plan.code, first: day, closedOn: null });
    this.active.push(patient);
    this.see(patient, day);
  }

  private see(patient: Active, day: string) {
    const { plan, visit } = patient;
    const contact = contactFor(this.random, plan, visit, day);
    this.drafts.push({ ...contact, recordedAt: writtenAfter(this.random, day) });
    patient.visit += 1;
    patient.nextDue = addDays(day, daysToNextVisit(this.random, plan, visit));
    const episode = this.episodes.get(plan.code);
    if (episode && patient.visit === plan.visits) episode.closedOn = day;
  }
}

/** Every contact of the year (shadowing, then the trainee's own caseload) in date order. */
export function planCaseload(
  context: GeneratorContext,
  programmeDays: ReadonlySet<string>,
  random: Random,
): CaseloadPlan {
  const simulation = new CaseloadSimulation(context, random);
  for (let week = 0; week < context.timeline.weeks; week += 1) {
    const days = clinicDays(context, week, programmeDays);
    if (days.length === 0) continue;
    if (week < SHADOWING_WEEKS) simulation.shadowingWeek(days);
    else simulation.caseloadWeek(week, days);
  }
  const contacts = simulation.drafts
    .map((draft, order) => ({ draft, order }))
    .sort((a, b) => a.draft.date.localeCompare(b.draft.date) || a.order - b.order)
    .map(({ draft }, index): ClinicalContact => {
      const { recordedAt, ...rest } = draft;
      return { id: `contact-${String(index + 1).padStart(5, '0')}`, recordedAt, ...rest };
    });
  return { contacts, episodes: [...simulation.episodes.values()] };
}
