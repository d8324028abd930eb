import { beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_EVENT_CHANNEL } from '../../shared/app-events';
import { ipcChannels, methodName } from '../../shared/ipc-channels';

/**
 * The preload runs in Electron's sandbox, so here `electron` is replaced by the two things the
 * preload may use. Anything else it reached for (send, sendSync, on, process) would be missing.
 */
const electron = vi.hoisted(() => {
  const listeners = new Map<string, ((event: unknown, payload: unknown) => void)[]>();
  return {
    listeners,
    exposeInMainWorld: vi.fn(),
    invoke: vi.fn((channel: string, input: unknown) =>
      Promise.resolve({ ok: true, data: { channel, input } }),
    ),
    on: vi.fn((channel: string, listener: (event: unknown, payload: unknown) => void) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    }),
    removeListener: vi.fn((channel: string, listener: (e: unknown, p: unknown) => void) => {
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((l) => l !== listener),
      );
    }),
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: {
    invoke: electron.invoke,
    on: electron.on,
    removeListener: electron.removeListener,
  },
}));

type ExposedApi = Record<string, unknown>;

function exposed(): ExposedApi {
  const call = electron.exposeInMainWorld.mock.calls[0] as unknown[] | undefined;
  return call?.[1] as ExposedApi;
}

describe('the preload', () => {
  beforeAll(async () => {
    await import('../../electron/preload');
  });

  it('exposes exactly one object, named pwp', () => {
    expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(electron.exposeInMainWorld.mock.calls[0]?.[0]).toBe('pwp');
  });

  it('has one method per contract channel and nothing else', () => {
    const api = exposed();
    expect(Object.keys(api).sort()).toEqual(
      [...ipcChannels.map((c) => methodName(c)), 'onEvent'].sort(),
    );
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it.each(ipcChannels)(
    'sends %s through ipcRenderer.invoke with the caller’s input',
    async (channel) => {
      electron.invoke.mockClear();
      const method = exposed()[methodName(channel)] as (input?: unknown) => Promise<unknown>;
      const input = { probe: channel };
      await expect(method(input)).resolves.toEqual({ ok: true, data: { channel, input } });
      expect(electron.invoke).toHaveBeenCalledTimes(1);
      expect(electron.invoke).toHaveBeenCalledWith(channel, input);
    },
  );

  it('passes no input as undefined, for channels that take none', async () => {
    electron.invoke.mockClear();
    const method = exposed()[methodName('app:info')] as () => Promise<unknown>;
    await method();
    expect(electron.invoke).toHaveBeenCalledWith('app:info', undefined);
  });

  it('passes the main process’s events to a listener, without Electron’s event object, until it stops', () => {
    const onEvent = exposed().onEvent as (listener: (event: unknown) => void) => () => void;
    const heard: unknown[] = [];
    const stop = onEvent((event) => heard.push(event));
    const send = (payload: unknown) =>
      (electron.listeners.get(APP_EVENT_CHANNEL) ?? []).forEach((l) =>
        l({ sender: 'electron internals' }, payload),
      );
    const event = { type: 'portfolio-changed', summary: null };
    send(event);
    stop();
    send(event);
    expect(heard).toEqual([event]);
    expect(electron.on).toHaveBeenCalledWith(APP_EVENT_CHANNEL, expect.any(Function));
  });
});
