/**
 * The IPC contract: every channel, the zod schema its input must pass in the main process, and
 * the type of what it returns. Preload, main handlers and the renderer client derive from it.
 */
import { z } from 'zod';
import type { AppInfo } from './app-info';
import type { Channel } from './ipc-channels';
import type { PortfolioSummary } from './schemas/portfolio';
import { traineeProfileSchema } from './schemas/portfolio';
import { recordId } from './schemas/primitives';

/** A phantom value that carries a result type in the contract without any runtime cost. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T exists only to be read by `typeof`.
function returns<T>(): T {
  return undefined as T;
}

const noInput = z.undefined();

export const ipcContract = {
  'app:info': { input: noInput, output: returns<AppInfo>() },
  'portfolio:list': { input: noInput, output: returns<PortfolioSummary[]>() },
  'portfolio:create': {
    input: z.object({ trainee: traineeProfileSchema }).strict(),
    output: returns<PortfolioSummary>(),
  },
  'portfolio:open': {
    input: z.object({ id: recordId }).strict(),
    output: returns<PortfolioSummary>(),
  },
  'portfolio:current': { input: noInput, output: returns<PortfolioSummary | null>() },
} as const satisfies Record<Channel, { input: z.ZodType; output: unknown }>;

export type IpcContract = typeof ipcContract;
