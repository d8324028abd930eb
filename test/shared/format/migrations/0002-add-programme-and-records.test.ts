import { describe, expect, it } from 'vitest';
import { addProgrammeAndRecords } from '../../../../shared/format/migrations/0002-add-programme-and-records';
import { migrate } from '../../../../shared/format/migrations';
import { nationalDefaultProgramme } from '../../../../shared/programme/national-default';
import { portfolioSchema } from '../../../../shared/schemas/portfolio';

/** A version-1 file as the first release wrote it. */
const version1 = {
  schemaVersion: 1,
  id: '5b0f3c8e-2c1d-4a3b-9a1e-0d6f7c8b9a10',
  createdAt: '2026-09-14T08:30:00.000Z',
  updatedAt: '2026-09-14T08:30:00.000Z',
  trainee: {
    name: 'Alex Morgan',
    university: 'University of Southampton',
    service: 'Steps2Wellbeing',
    cohort: 'September 2026',
    startDate: '2026-09-14',
  },
};

describe('migration 0002: add the programme and record collections', () => {
  it('produces exactly the version-2 shape, keeping every version-1 field', () => {
    expect(addProgrammeAndRecords.up(version1)).toEqual({
      ...version1,
      schemaVersion: 2,
      trainee: { ...version1.trainee, route: 'pgcert' },
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
    });
  });

  it('gives a document that passes the current schema once every later step has run', () => {
    const { document, applied } = migrate(version1);
    expect(applied).toEqual(['0002-add-programme-and-records', '0003-hash-each-signed-record']);
    expect(portfolioSchema.safeParse(document).success).toBe(true);
  });

  it('does not modify the document it is given', () => {
    const copy = structuredClone(version1);
    addProgrammeAndRecords.up(copy);
    expect(copy).toEqual(version1);
  });
});
