import type { TrainingRoute } from '../schemas/portfolio';
import type { ProgrammeDefinition } from '../schemas/programme';
import type { Person } from '../schemas/records';
import type { KeyPair } from '../signing/sign-off';
import type { Timeline } from './calendar';

/** The people on the portfolio, their keys, and who plays which part. */
export interface Cast {
  people: Person[];
  keys: Record<string, KeyPair>;
  /** The trained case-management supervisor (also signs gates and reports). */
  caseManagerId: string;
  /** The trained clinical-skills supervisor. */
  clinicalSkillsId: string;
  /** A supervisor who has not done supervisor training, when there is one. */
  untrainedId: string | null;
  educatorIds: readonly [string, ...string[]];
}

/** Everything each part of the generator needs to know about the portfolio it is building. */
export interface GeneratorContext {
  timeline: Timeline;
  programme: ProgrammeDefinition;
  scale: number;
  behind: boolean;
  route: TrainingRoute;
  cast: Cast;
}
