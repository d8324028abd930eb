import { addDays } from '../dates';
import type { ProgrammeModule } from '../schemas/programme';
import type { ProgrammeDay } from '../schemas/records';
import type { Timeline } from './calendar';
import {
  isChristmasBreak,
  mondayOf,
  SHADOWING_WEEKS,
  workingDaysOf,
  writtenAfter,
} from './calendar';
import type { GeneratorContext } from './context';
import type { Random } from './random';
import { DIRECTED_DAY_NOTES, GENERIC_TAUGHT_TOPICS, MAKE_UP_PLANS, TAUGHT_TOPICS } from './texts';

/**
 * The programme days: every module's taught and directed days, module after module, two a week
 * during the shadowing weeks (the intensive start most courses have) and one a week after that.
 * Taught days fall on Tuesdays (and Wednesdays), directed days on Thursdays (and Fridays); no
 * teaching over Christmas. `status` is what happened; the caller turns days after `at` back into
 * `planned`.
 */

type DayKind = ProgrammeDay['kind'];

interface Slot {
  moduleId: string;
  kind: DayKind;
  topic: string;
}

/** Taught and directed days of one module, interleaved so neither kind bunches at one end. */
function moduleSlots(module: ProgrammeModule): Slot[] {
  const total = module.taughtDays + module.directedDays;
  const topics = TAUGHT_TOPICS[module.id] ?? GENERIC_TAUGHT_TOPICS;
  const slots: Slot[] = [];
  let taught = 0;
  for (let i = 0; i < total; i += 1) {
    const taughtDue = Math.round(((i + 1) * module.taughtDays) / total);
    const kind: DayKind = taught < taughtDue ? 'taught' : 'directed';
    if (kind === 'taught') taught += 1;
    const topic =
      kind === 'taught'
        ? (topics[(taught - 1) % topics.length] ?? 'Teaching day')
        : (DIRECTED_DAY_NOTES[i % DIRECTED_DAY_NOTES.length] ?? 'Directed learning');
    slots.push({ moduleId: module.id, kind, topic });
  }
  return slots;
}

const PREFERRED_WEEKDAYS: Record<DayKind, readonly number[]> = {
  taught: [1, 2, 0],
  directed: [3, 4, 0],
};

/** The dates given to the slots, week by week from the start, skipping Christmas. */
function scheduleSlots(timeline: Timeline, slots: readonly Slot[]) {
  const scheduled: { slot: Slot; date: string }[] = [];
  let next = 0;
  for (let week = 0; week < timeline.weeks && next < slots.length; week += 1) {
    const working = new Set(workingDaysOf(timeline, week));
    if ([...working].some(isChristmasBreak)) continue;
    const perWeek = week < SHADOWING_WEEKS ? 2 : 1;
    const used = new Set<string>();
    for (let n = 0; n < perWeek && next < slots.length; n += 1) {
      const slot = slots[next];
      if (!slot) break;
      const date = PREFERRED_WEEKDAYS[slot.kind]
        .map((offset) => addDays(mondayOf(timeline, week), offset))
        .find((day) => working.has(day) && !used.has(day));
      if (date === undefined) break;
      used.add(date);
      scheduled.push({ slot, date });
      next += 1;
    }
  }
  return scheduled;
}

/** Which days (by position) the trainee was absent from, and whether it was authorised. */
function absences(random: Random, count: number, behind: boolean) {
  const positions = random.sample(
    Array.from({ length: Math.max(0, count - 3) }, (_, i) => i + 3),
    behind ? 4 : random.int(1, 2),
  );
  const status = new Map<number, ProgrammeDay['status']>();
  positions.forEach((position, i) =>
    status.set(position, behind && i > 0 ? 'missed' : 'authorised-absence'),
  );
  return status;
}

/** Every programme day of the year with what happened on it, in date order. */
export function planProgrammeDays(context: GeneratorContext, random: Random): ProgrammeDay[] {
  const slots = context.programme.modules.flatMap(moduleSlots);
  const scheduled = scheduleSlots(context.timeline, slots);
  const absent = absences(random, scheduled.length, context.behind);
  return scheduled.map(({ slot, date }, index): ProgrammeDay => {
    const status = absent.get(index) ?? 'attended';
    const day: ProgrammeDay = {
      id: `day-${String(index + 1).padStart(4, '0')}`,
      recordedAt: writtenAfter(random, date),
      state: 'submitted',
      date,
      moduleId: slot.moduleId,
      kind: slot.kind,
      status,
      notes: slot.topic,
    };
    if (status === 'authorised-absence') day.makeUpPlan = random.pick(MAKE_UP_PLANS);
    return day;
  });
}
