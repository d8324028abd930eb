/**
 * The IPC contract: every channel, the zod schema its input must pass in the main process, and
 * the type of what it returns. Preload, main handlers and the renderer client derive from it.
 */
import { z } from 'zod';
import { MAX_IMPORT_BYTES } from './limits';
import type { AppInfo } from './app-info';
import { collectionNames } from './schemas/portfolio';
import type { CollectionName, Portfolio, StoredRecord } from './schemas/portfolio';
import type { HistoryItem, PortfolioListing, RecoveryReport } from './history';
import type { Person } from './schemas/records';
import type { Change } from './domain/changes';
import type { ProgressReport } from './domain/progress-report';
import { calendarDate, shortText } from './schemas/primitives';
import type { Channel } from './ipc-channels';
import type { Settings } from './settings';
import { roleSchema } from './settings';
import type { PortfolioSummary } from './schemas/portfolio';
import { traineeProfileSchema } from './schemas/portfolio';
import { recordId } from './schemas/primitives';

/** A phantom value that carries a result type in the contract without any runtime cost. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T exists only to be read by `typeof`.
function returns<T>(): T {
  return undefined as T;
}

const noInput = z.undefined();
const collection = z.enum(collectionNames as [CollectionName, ...CollectionName[]]);
/**
 * A record as the form sends it. Its fields are checked by its collection's schema when the
 * change is applied (so errors name `record.<field>`); the id and the time it was written are
 * set by the main process, never taken from the page.
 */
const recordInput = z.looseObject({});

/**
 * What a save answers, so it is one round trip: the record as stored (null once deleted), the
 * change exactly as accepted and when (the page applies the same pure `applyChange` to its copy
 * of the document), and the progress report as it now stands.
 */
export interface SaveResult {
  record: StoredRecord | null;
  change: Change;
  at: string;
  report: ProgressReport;
}

export const ipcContract = {
  'app:info': { input: noInput, output: returns<AppInfo>() },
  'settings:get': { input: noInput, output: returns<Settings>() },
  'settings:setRole': {
    input: z.object({ role: roleSchema }).strict(),
    output: returns<Settings>(),
  },
  'portfolio:list': { input: noInput, output: returns<PortfolioListing>() },
  'portfolio:create': {
    input: z
      .object({
        trainee: traineeProfileSchema,
        /** Until the university's roster arrives, the trainee names their supervisor. */
        supervisorName: shortText('supervisor’s name').optional(),
      })
      .strict(),
    output: returns<PortfolioSummary>(),
  },
  'portfolio:open': {
    input: z.object({ id: recordId }).strict(),
    output: returns<PortfolioSummary>(),
  },
  'portfolio:current': { input: noInput, output: returns<PortfolioSummary | null>() },
  'portfolio:openExample': { input: noInput, output: returns<PortfolioSummary>() },
  'portfolio:import': {
    input: z
      .object({
        text: z
          .string()
          .max(MAX_IMPORT_BYTES, `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`),
      })
      .strict(),
    output: returns<PortfolioSummary>(),
  },
  'portfolio:export': { input: noInput, output: returns<{ fileName: string; text: string }>() },
  'portfolio:close': { input: noInput, output: returns<null>() },
  'portfolio:recover': {
    input: z.object({ id: recordId }).strict(),
    output: returns<RecoveryReport>(),
  },
  'portfolio:document': { input: noInput, output: returns<Portfolio>() },
  'portfolio:report': {
    /**
     * `at` defaults to today. Beyond `calendarDate`'s own range, the handler refuses a date
     * outside this portfolio's `reportDateBounds` (it needs the open portfolio to know them).
     */
    input: z.object({ at: calendarDate.optional() }).strict().optional(),
    output: returns<ProgressReport>(),
  },
  'portfolio:history': {
    input: z.object({ recordId: recordId.optional() }).strict().optional(),
    output: returns<HistoryItem[]>(),
  },
  'record:add': {
    input: z.object({ collection, record: recordInput }).strict(),
    output: returns<SaveResult>(),
  },
  'record:updateDraft': {
    input: z.object({ collection, id: recordId, record: recordInput }).strict(),
    output: returns<SaveResult>(),
  },
  'record:submit': {
    input: z.object({ collection, id: recordId }).strict(),
    output: returns<SaveResult>(),
  },
  'record:deleteDraft': {
    input: z.object({ collection, id: recordId }).strict(),
    output: returns<SaveResult>(),
  },
  'people:put': {
    input: z
      .object({
        id: recordId.optional(),
        name: shortText('name'),
        role: z.enum(['supervisor', 'educator']),
        supervisorTrained: z.boolean(),
        /**
         * A new person with the same name (ignoring case and spaces) and role as someone already
         * listed is refused with an issue on `name` (`samePersonMessage`) unless this is true:
         * the trainee has confirmed it is a different person. Never stored.
         */
        sameNameConfirmed: z.boolean().optional(),
      })
      .strict(),
    output: returns<Person>(),
  },
  'record:amend': {
    input: z
      .object({
        collection,
        supersedes: recordId,
        reason: shortText('reason for the correction', 500),
        record: recordInput,
      })
      .strict(),
    output: returns<SaveResult>(),
  },
} as const satisfies Record<Channel, { input: z.ZodType; output: unknown }>;

export type IpcContract = typeof ipcContract;
