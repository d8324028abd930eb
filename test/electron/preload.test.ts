import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcChannels, methodName } from '../../shared/ipc-channels';

/**
 * The preload runs in Electron's sandbox, so here `electron` is replaced by the two things the
 * preload may use. Anything else it reached for (send, sendSync, on, process) would be missing.
 */
const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn((channel: string, input: unknown) =>
    Promise.resolve({ ok: true, data: { channel, input } }),
  ),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke },
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
    expect(Object.keys(api).sort()).toEqual(ipcChannels.map((c) => methodName(c)).sort());
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
});
