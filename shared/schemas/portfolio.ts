import { z } from 'zod';
import { calendarDate, instant, recordId, shortText } from './primitives';

/** The version of the portfolio file format this build writes. Migrations lead up to it. */
export const CURRENT_SCHEMA_VERSION = 1;

export const traineeProfileSchema = z.object({
  name: shortText('trainee’s name'),
  university: shortText('university'),
  service: shortText('NHS Talking Therapies service'),
  cohort: shortText('cohort', 60),
  startDate: calendarDate,
});
export type TraineeProfile = z.infer<typeof traineeProfileSchema>;

export const portfolioSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: recordId,
  createdAt: instant,
  updatedAt: instant,
  trainee: traineeProfileSchema,
});
export type Portfolio = z.infer<typeof portfolioSchema>;

/** What lists and headers show about a portfolio without loading its records. */
export interface PortfolioSummary {
  id: string;
  traineeName: string;
  university: string;
  service: string;
  cohort: string;
  startDate: string;
  updatedAt: string;
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
  };
}
