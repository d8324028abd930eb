import type { z } from 'zod';
import type { ErrorPayload, FieldIssue } from '../../shared/errors';
import { AppError, toErrorPayload } from '../../shared/errors';
import { fieldIssues } from '../../shared/field-issues';
import type { Channel } from '../../shared/ipc-channels';
import { ipcChannels } from '../../shared/ipc-channels';
import { ipcContract } from '../../shared/ipc-contract';
import type { IpcResult } from '../../shared/result';
import type { Handlers } from './handlers';

export type Dispatch = (channel: string, input: unknown) => Promise<IpcResult<unknown>>;

function isChannel(value: string): value is Channel {
  return (ipcChannels as readonly string[]).includes(value);
}

/** zod issues as `path: message` pairs the UI can put next to the right field. */
export function zodFieldIssues(error: z.ZodError): FieldIssue[] {
  return fieldIssues(error.issues);
}

/**
 * The one wrapper every call goes through, in Electron and in the harness alike: it refuses
 * unknown channels, parses the input with the contract's schema, runs the handler and turns the
 * outcome — including any thrown error — into `{ ok, data }` or `{ ok: false, error }`.
 * (Errors thrown across Electron IPC lose their custom fields, so none are.)
 */
export function createDispatcher(
  handlers: Handlers,
  log: (message: string, error: unknown) => void = () => {},
): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) {
      return {
        ok: false,
        error: toErrorPayload('unknown-channel', [], `No channel named ${channel}.`),
      };
    }
    const parsed = ipcContract[channel].input.safeParse(input);
    if (!parsed.success) {
      return { ok: false, error: toErrorPayload('invalid-input', zodFieldIssues(parsed.error)) };
    }
    try {
      // The handler for `channel` takes exactly that channel's parsed input; the union of all
      // handlers cannot be called without this narrowing cast.
      const handler = handlers[channel] as (input: unknown) => unknown;
      return { ok: true, data: await handler(parsed.data) };
    } catch (error) {
      return { ok: false, error: errorPayloadOf(error, channel, log) };
    }
  };
}

function errorPayloadOf(
  error: unknown,
  channel: Channel,
  log: (message: string, error: unknown) => void,
): ErrorPayload {
  if (error instanceof AppError) return toErrorPayload(error.code, error.fields);
  log(`Unexpected error on ${channel}`, error);
  return toErrorPayload('internal');
}
