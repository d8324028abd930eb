import { nationalDefaultProgramme } from '../../programme/national-default';
import type { Migration } from './migration';

/**
 * Version 1 (the first release) held only the trainee's profile. Version 2 adds the programme
 * definition, people, every record collection, sign-offs and submissions, and the training route.
 * The route was never asked for in version 1, so it becomes `pgcert` (the most common route); the
 * trainee can change it in their profile.
 *
 * The collections are listed here rather than taken from `newPortfolio`, on purpose: a migration
 * describes one step between two fixed versions and must not change when later code does. (The
 * programme is the national default as version 2 shipped it; a later change to that default comes
 * with its own migration.)
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
