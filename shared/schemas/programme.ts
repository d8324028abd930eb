import { z } from 'zod';
import { recordId, shortText } from './primitives';

/**
 * A programme definition: every number and list the rules use. The national default lives in
 * `shared/programme/national-default.ts`; a university overrides any of it (validated) instead
 * of the code holding constants.
 */

const count = (label: string, max: number) =>
  z.number().int(`The ${label} must be a whole number`).min(0).max(max);
const percent = (label: string) => z.number().min(0, `The ${label} cannot be below 0 %`).max(100);

export const moduleSchema = z.object({
  id: recordId,
  title: shortText('module title', 200),
  taughtDays: count('number of taught days', 200),
  directedDays: count('number of directed days', 200),
});

export const interventionSchema = z.object({
  id: recordId,
  name: shortText('intervention name'),
});

export const presentationSchema = z.object({
  id: recordId,
  name: shortText('presentation name'),
  group: z.enum(['depression', 'anxiety', 'other']),
});

/**
 * What an assessment result means for the trainee: `pass`; `resubmit` (e.g. "Refer"), which uses
 * one of the `1 + maxResubmissions` attempts the programme allows; or `fail`, which is final at
 * once. When every allowed attempt is used without a pass, the intervention has failed too.
 */
export const resultMeaning = z.enum(['pass', 'resubmit', 'fail']);

export const programmeDefinitionSchema = z
  .object({
    id: recordId,
    version: z.number().int().min(1),
    name: shortText('programme name', 200),
    /** Months from the start date within which every programme day must be completed. */
    windowMonths: z.number().int().min(1).max(60),
    modules: z.array(moduleSchema).min(1, 'A programme needs at least one module'),
    attendance: z.object({
      expectedPercent: percent('expected attendance'),
      minimumPercentToPassModule: percent('minimum attendance to pass a module'),
    }),
    interventions: z
      .array(interventionSchema)
      .min(1, 'A programme needs at least one intervention'),
    presentations: z.array(presentationSchema),
    coverage: z.object({
      requireDepression: z.boolean(),
      minimumAnxietyPresentations: count('number of anxiety presentations', 20),
    }),
    assessment: z.object({
      results: z
        .array(
          z.object({ id: recordId, label: shortText('result label', 40), meaning: resultMeaning }),
        )
        .min(1),
      /** Attempts allowed per intervention: the first attempt plus this many resubmissions. */
      maxResubmissions: count('number of resubmissions', 10),
    }),
    caseload: z.object({
      /** Contacts a week that make a full caseload in this service (a service setting). */
      fullCaseloadContactsPerWeek: z.number().positive().max(100),
      /** The reduced caseload after the first gate, as a percentage of a full one. */
      reducedCaseloadPercent: percent('reduced caseload'),
      /** The month of the programme (1-based) from which a full caseload is expected. */
      fullCaseloadFromMonth: z.number().int().min(1).max(60),
      expectedPatientsPerYear: count('expected patients a year', 2000),
    }),
    supervision: z.object({
      caseManagementMinutesPerWeek: count('case-management minutes a week', 600),
      /** Every patient on the caseload is discussed in case management at least this often. */
      caseReviewEveryDays: z.number().int().min(1).max(365),
      clinicalSkillsMinutesPerFortnight: count('clinical-skills minutes a fortnight', 600),
      minimumCaseManagementHours: z.number().min(0).max(1000),
      minimumClinicalSkillsHours: z.number().min(0).max(1000),
    }),
    clinicalPractice: z.object({
      minimumContactHours: z.number().min(0).max(5000),
    }),
    outcomes: z.object({
      phq9Caseness: count('PHQ-9 caseness threshold', 27),
      gad7Caseness: count('GAD-7 caseness threshold', 21),
      phq9ReliableChange: count('PHQ-9 reliable change', 27),
      gad7ReliableChange: count('GAD-7 reliable change', 21),
      minimumTreatmentSessionsForFinished: count('treatment sessions for a finished case', 50),
    }),
    apprenticeship: z.object({
      offTheJobHoursPerWeek: z.number().min(0).max(40),
      maxDaysWithoutLearning: z.number().int().min(1).max(365),
      minimumMonthsToGateway: z.number().int().min(1).max(60),
    }),
  })
  .superRefine((programme, ctx) => {
    const unique = (key: 'modules' | 'interventions' | 'presentations') => {
      const seen = new Set<string>();
      programme[key].forEach((item, index) => {
        if (seen.has(item.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [key, index, 'id'],
            message: `The id ${item.id} is used twice`,
          });
        }
        seen.add(item.id);
      });
    };
    unique('modules');
    unique('interventions');
    unique('presentations');
    if (programme.attendance.minimumPercentToPassModule > programme.attendance.expectedPercent) {
      ctx.addIssue({
        code: 'custom',
        path: ['attendance', 'minimumPercentToPassModule'],
        message: 'The minimum attendance to pass cannot be above the expected attendance',
      });
    }
    if (programme.caseload.fullCaseloadFromMonth > programme.windowMonths) {
      ctx.addIssue({
        code: 'custom',
        path: ['caseload', 'fullCaseloadFromMonth'],
        message: 'A full caseload must start within the programme window',
      });
    }
    if (!programme.assessment.results.some((r) => r.meaning === 'pass')) {
      ctx.addIssue({
        code: 'custom',
        path: ['assessment', 'results'],
        message: 'At least one result must be a pass',
      });
    }
    const anxiety = programme.presentations.filter((p) => p.group === 'anxiety').length;
    if (programme.coverage.minimumAnxietyPresentations > anxiety) {
      ctx.addIssue({
        code: 'custom',
        path: ['coverage', 'minimumAnxietyPresentations'],
        message: `Only ${anxiety} anxiety presentations are listed`,
      });
    }
  });

export type ProgrammeDefinition = z.infer<typeof programmeDefinitionSchema>;
export type ProgrammeModule = z.infer<typeof moduleSchema>;
