import { z } from 'zod';
import { programmeDefinitionSchema } from './programme';
import { calendarDate, instant, recordId, shortText } from './primitives';
import {
  assessmentAttemptSchema,
  declarationSchema,
  clinicalContactSchema,
  evidenceSchema,
  offTheJobSchema,
  personSchema,
  phaseGateSchema,
  programmeDaySchema,
  reflectionSchema,
  signOffSchema,
  submissionSchema,
  supervisionSessionSchema,
  supervisorReportSchema,
} from './records';
import { portfolioInvariantIssues } from './portfolio-invariants';

/** The version of the portfolio file format this build writes. Migrations lead up to it. */
export const CURRENT_SCHEMA_VERSION = 3;

export const trainingRoute = z.enum(['pgcert', 'gradcert', 'apprenticeship']);
export type TrainingRoute = z.infer<typeof trainingRoute>;

export const traineeProfileSchema = z.object({
  name: shortText('trainee’s name'),
  university: shortText('university'),
  service: shortText('NHS Talking Therapies service'),
  cohort: shortText('cohort', 60),
  startDate: calendarDate,
  route: trainingRoute,
});
export type TraineeProfile = z.infer<typeof traineeProfileSchema>;

/** The record collections of a portfolio, each a list of records with ids. */
export const recordCollections = {
  programmeDays: z.array(programmeDaySchema),
  contacts: z.array(clinicalContactSchema),
  supervision: z.array(supervisionSessionSchema),
  evidence: z.array(evidenceSchema),
  reflections: z.array(reflectionSchema),
  assessments: z.array(assessmentAttemptSchema),
  phaseGates: z.array(phaseGateSchema),
  supervisorReports: z.array(supervisorReportSchema),
  offTheJob: z.array(offTheJobSchema),
  declarations: z.array(declarationSchema),
};
export type CollectionName = keyof typeof recordCollections;
export const collectionNames = Object.keys(recordCollections) as CollectionName[];

export const portfolioShape = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: recordId,
  createdAt: instant,
  updatedAt: instant,
  trainee: traineeProfileSchema,
  programme: programmeDefinitionSchema,
  /** Supervisors and educators known to this portfolio (until the signed roster arrives). */
  people: z.array(personSchema),
  ...recordCollections,
  signOffs: z.array(signOffSchema),
  submissions: z.array(submissionSchema),
  /** In the app's own snapshot: the last journal change folded into it. Absent in exports. */
  journalSeq: z.number().int().min(0).optional(),
});

/** The whole document: its shape, then every rule that joins one record to another. */
export const portfolioSchema = portfolioShape.superRefine((portfolio, ctx) => {
  for (const issue of portfolioInvariantIssues(portfolio))
    ctx.addIssue({ code: 'custom', ...issue });
});
export type Portfolio = z.infer<typeof portfolioShape>;

/** Any record of any collection, as stored. */
export type StoredRecord = Portfolio[CollectionName][number];

/** What lists and headers show about a portfolio without loading its records. */
export interface PortfolioSummary {
  id: string;
  traineeName: string;
  university: string;
  service: string;
  cohort: string;
  startDate: string;
  updatedAt: string;
  /** Open read-only: the example portfolio, or any portfolio while the role is not trainee. */
  readOnly: boolean;
  /** Why it is read-only, when it is. */
  readOnlyBecause?: 'example' | 'role';
}

export function summarise(portfolio: Portfolio): PortfolioSummary {
  const { trainee } = portfolio;
  return {
    id: portfolio.id,
    traineeName: trainee.name,
    university: trainee.university,
    service: trainee.service,
    cohort: trainee.cohort,
    startDate: trainee.startDate,
    updatedAt: portfolio.updatedAt,
    readOnly: false,
  };
}
