/**
 * The names of every IPC channel, and the shape of the API built from them.
 *
 * This file is all the preload imports from `shared/`: it holds no schemas, so the sandboxed
 * preload bundle stays tiny and validation stays in the main process (`ipc-contract.ts`).
 */
import type { z } from 'zod';
import type { AppEvent } from './app-events';
import type { IpcContract } from './ipc-contract';
import type { IpcResult } from './result';

export const ipcChannels = [
  'app:info',
  'settings:get',
  'settings:setRole',
  'portfolio:list',
  'portfolio:create',
  'portfolio:open',
  'portfolio:current',
  'portfolio:openExample',
  'portfolio:import',
  'portfolio:export',
  'portfolio:close',
  'portfolio:recover',
  'portfolio:document',
  'portfolio:report',
  'portfolio:history',
  'record:add',
  'record:updateDraft',
  'record:submit',
  'record:deleteDraft',
  'record:amend',
  'people:put',
] as const;

export type Channel = (typeof ipcChannels)[number];

/** `portfolio:create` → `portfolioCreate`: the method name on `window.pwp`. */
export type MethodName<C extends string> = C extends `${infer Area}:${infer Verb}`
  ? `${Area}${Capitalize<Verb>}`
  : never;

export function methodName<C extends Channel>(channel: C): MethodName<C> {
  const [area = '', verb = ''] = channel.split(':');
  return `${area}${verb.charAt(0).toUpperCase()}${verb.slice(1)}` as MethodName<C>;
}

/** What a caller may pass (before parsing), and what a handler receives (after parsing). */
export type ChannelInput<C extends Channel> = z.input<IpcContract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<IpcContract[C]['input']>;
export type ChannelOutput<C extends Channel> = IpcContract[C]['output'];

/** Listens to the main process's events; returns the function that stops listening. */
export type Subscribe = (listener: (event: AppEvent) => void) => () => void;

/**
 * The object the renderer talks to: one method per channel, each resolving to a result, and
 * `onEvent` for what the main process says unasked (a menu command opened a portfolio…).
 */
export type PwpApi = {
  [C in Channel as MethodName<C>]: undefined extends ChannelInput<C>
    ? (input?: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>
    : (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>;
} & { onEvent: Subscribe };

/**
 * Builds a `PwpApi` from one transport function. The preload passes `ipcRenderer.invoke`; the
 * browser harness client passes an HTTP call. Both therefore expose exactly the same methods.
 */
export function buildApi(
  call: (channel: Channel, input: unknown) => Promise<unknown>,
  subscribe: Subscribe,
): PwpApi {
  const api: Record<string, unknown> = { onEvent: subscribe };
  for (const channel of ipcChannels) {
    api[methodName(channel)] = (input?: unknown) => call(channel, input);
  }
  // The loop above creates exactly one method per channel with the transport's result, which is
  // what PwpApi describes; TypeScript cannot follow a mapped type through a loop.
  return api as unknown as PwpApi;
}
