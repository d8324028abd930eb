import { addDays, daysBetween } from '../dates';
import type { SupervisionSession } from '../schemas/records';
import { mondayOf, SHADOWING_WEEKS, workingDaysOf, writtenAfter } from './calendar';
import type { Episode } from './caseload';
import type { GeneratorContext } from './context';
import type { Random } from './random';
import {
  CASE_MANAGEMENT_NOTES,
  CLINICAL_SKILLS_NOTES,
  SHADOWING_SUPERVISION_NOTES,
  UNTRAINED_SESSION_NOTES,
} from './texts';

/**
 * Supervision: an hour of case management every week with the case-management supervisor, and
 * an hour of clinical skills every fortnight (some in a group). Each case-management session
 * reviews every patient on the caseload not discussed in the last fortnight, so nobody goes the
 * programme's four weeks without a review. A trainee who is behind misses weeks, has a couple of
 * short sessions, and has some covered by a supervisor who has not done supervisor training.
 */

/** A patient is brought back to case management once this many days have passed. */
const REVIEW_AGAIN_AFTER_DAYS = 14;
const MAX_REVIEWED = 200;
const CASE_MANAGEMENT_WEEKDAYS = [2, 3, 1, 4, 0];
/** Within a fortnight: the second Friday first, then the days around it. */
const CLINICAL_SKILLS_DAYS = [11, 10, 4, 3, 12, 9, 8, 2, 1, 7, 0];

type Draft = Omit<SupervisionSession, 'id'>;

function firstFreeDay(candidates: readonly string[], allowed: ReadonlySet<string>) {
  return candidates.find((day) => allowed.has(day));
}

class Reviews {
  private readonly last = new Map<string, string>();

  constructor(private readonly episodes: readonly Episode[]) {}

  /**
   * The patients to review on `date`: everyone on the caseload not reviewed for a fortnight (or
   * never), topped up with the longest-waiting others to about half the caseload, so the reviews
   * spread evenly over the weeks instead of arriving in waves.
   */
  dueOn(date: string): string[] {
    const caseload = this.episodes
      .filter((e) => e.first <= date && (e.closedOn === null || e.closedOn >= date))
      .map((e) => ({ code: e.code, since: this.last.get(e.code) ?? '' }))
      .sort((a, b) => a.since.localeCompare(b.since) || a.code.localeCompare(b.code));
    const waited = (since: string) => (since === '' ? Infinity : daysBetween(since, date));
    const target = Math.ceil(caseload.length / 2);
    const chosen = caseload
      .filter(
        (entry, index) =>
          waited(entry.since) >= REVIEW_AGAIN_AFTER_DAYS ||
          (index < target && waited(entry.since) >= 7),
      )
      .slice(0, MAX_REVIEWED)
      .map((entry) => entry.code);
    for (const code of chosen) this.last.set(code, date);
    return chosen.sort();
  }
}

function caseManagement(
  context: GeneratorContext,
  random: Random,
  episodes: readonly Episode[],
  free: (week: number) => Set<string>,
): Draft[] {
  const { cast, behind, timeline } = context;
  const reviews = new Reviews(episodes);
  const sessions: Draft[] = [];
  for (let week = 0; week < timeline.weeks; week += 1) {
    if (behind && week >= 2 && random.chance(0.18)) continue;
    const monday = mondayOf(timeline, week);
    const date = firstFreeDay(
      CASE_MANAGEMENT_WEEKDAYS.map((offset) => addDays(monday, offset)),
      free(week),
    );
    if (date === undefined) continue;
    const covered = behind && cast.untrainedId !== null && random.chance(0.06);
    const shadowing = week < SHADOWING_WEEKS;
    sessions.push({
      recordedAt: writtenAfter(random, date),
      state: 'submitted',
      date,
      type: 'case-management',
      format: 'individual',
      durationMinutes: behind && random.chance(0.05) ? 45 : 60,
      supervisorId: covered && cast.untrainedId !== null ? cast.untrainedId : cast.caseManagerId,
      patientCodesReviewed: shadowing ? [] : reviews.dueOn(date),
      notes: covered
        ? random.pick(UNTRAINED_SESSION_NOTES)
        : random.pick(shadowing ? SHADOWING_SUPERVISION_NOTES : CASE_MANAGEMENT_NOTES),
    });
  }
  return sessions;
}

function clinicalSkills(
  context: GeneratorContext,
  random: Random,
  free: (week: number) => Set<string>,
): Draft[] {
  const { cast, behind, timeline } = context;
  const sessions: Draft[] = [];
  for (let week = 0; week < timeline.weeks; week += 2) {
    if (behind && week >= 2 && random.chance(0.25)) continue;
    const allowed = new Set([...free(week), ...free(week + 1)]);
    const monday = mondayOf(timeline, week);
    const date = firstFreeDay(
      CLINICAL_SKILLS_DAYS.map((offset) => addDays(monday, offset)),
      allowed,
    );
    if (date === undefined) continue;
    const group = random.chance(0.3);
    sessions.push({
      recordedAt: writtenAfter(random, date),
      state: 'submitted',
      date,
      type: 'clinical-skills',
      format: group ? 'group' : 'individual',
      durationMinutes: group
        ? random.weighted([
            [90, 2],
            [60, 1],
          ])
        : 60,
      supervisorId: cast.clinicalSkillsId,
      patientCodesReviewed: [],
      notes: random.pick(CLINICAL_SKILLS_NOTES),
    });
  }
  return sessions;
}

/** A few extra peer-led group sessions run by the untrained supervisor (they do not count). */
function peerLedSessions(
  context: GeneratorContext,
  random: Random,
  free: (week: number) => Set<string>,
) {
  const { untrainedId } = context.cast;
  if (untrainedId === null) return [];
  const weeks = random.sample(
    Array.from({ length: Math.max(0, context.timeline.weeks - 12) }, (_, i) => i + 10),
    3,
  );
  return weeks.flatMap((week): Draft[] => {
    const date = [...free(week)].at(-1);
    if (date === undefined) return [];
    return [
      {
        recordedAt: writtenAfter(random, date),
        state: 'submitted',
        date,
        type: 'clinical-skills',
        format: 'group',
        durationMinutes: 60,
        supervisorId: untrainedId,
        patientCodesReviewed: [],
        notes: random.pick(UNTRAINED_SESSION_NOTES),
      },
    ];
  });
}

/** Every supervision session of the year, in date order. */
export function planSupervision(
  context: GeneratorContext,
  random: Random,
  episodes: readonly Episode[],
  programmeDays: ReadonlySet<string>,
): SupervisionSession[] {
  const free = (week: number) =>
    new Set(workingDaysOf(context.timeline, week).filter((day) => !programmeDays.has(day)));
  const drafts = [
    ...caseManagement(context, random, episodes, free),
    ...clinicalSkills(context, random, free),
    ...peerLedSessions(context, random, free),
  ];
  return drafts
    .map((draft, order) => ({ draft, order }))
    .sort((a, b) => a.draft.date.localeCompare(b.draft.date) || a.order - b.order)
    .map(({ draft }, index): SupervisionSession => {
      const { recordedAt, ...rest } = draft;
      return { id: `sup-${String(index + 1).padStart(4, '0')}`, recordedAt, ...rest };
    });
}
