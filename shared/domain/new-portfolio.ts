import { nationalDefaultProgramme } from '../programme/national-default';
import type { ProgrammeDefinition } from '../schemas/programme';
import type { Portfolio, TraineeProfile } from '../schemas/portfolio';
import { CURRENT_SCHEMA_VERSION } from '../schemas/portfolio';

/** A new, empty portfolio on the given programme (the national default unless told otherwise). */
export function newPortfolio(
  trainee: TraineeProfile,
  {
    id,
    now,
    programme = nationalDefaultProgramme,
  }: { id: string; now: Date; programme?: ProgrammeDefinition },
): Portfolio {
  const stamp = now.toISOString();
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    createdAt: stamp,
    updatedAt: stamp,
    trainee,
    programme,
    people: [],
    programmeDays: [],
    contacts: [],
    supervision: [],
    evidence: [],
    reflections: [],
    assessments: [],
    phaseGates: [],
    supervisorReports: [],
    offTheJob: [],
    declarations: [],
    signOffs: [],
    submissions: [],
  };
}
