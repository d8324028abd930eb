import { nationalDefaultProgramme } from '../../../shared/programme/national-default';
import type { Migration } from './migration';

/**
 * Version 1 (the first release) held only the trainee's profile. Version 2 adds the programme
 * definition, people, every record collection, sign-offs and submissions, and the training route.
 * The route was never asked for in version 1, so it becomes `pgcert` (the most common route); the
 * trainee can change it in their profile.
 */
export const addProgrammeAndRecords: Migration = {
  to: 2,
  name: '0002-add-programme-and-records',
  up(document) {
    const trainee = document.trainee as Record<string, unknown> | undefined;
    return {
      ...document,
      schemaVersion: 2,
      trainee: { ...trainee, route: 'pgcert' },
      programme: nationalDefaultProgramme,
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
  },
};
