/**
 * The renderer's only door to the main process. In the desktop app it is the preload's
 * `window.pwp`; in a browser served by the harness it is the same API over HTTP, built from the
 * same channel list, so components never know which one they have.
 */
import { toErrorPayload } from '../../shared/errors';
import type { PwpApi } from '../../shared/ipc-channels';
import { buildApi } from '../../shared/ipc-channels';
import type { IpcResult } from '../../shared/result';

declare global {
  interface Window {
    pwp?: PwpApi;
  }
}

const TOKEN_HEADER = 'x-pwp-token';

function harnessApi(): PwpApi {
  const token =
    document.querySelector<HTMLMetaElement>('meta[name="pwp-harness-token"]')?.content ?? '';
  return buildApi(
    async (channel, input): Promise<IpcResult<unknown>> => {
      try {
        const response = await fetch(`ipc/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify({ input }),
        });
        return (await response.json()) as IpcResult<unknown>;
      } catch {
        return { ok: false, error: toErrorPayload('connection-lost') };
      }
    },
    // The browser has no menu bar and no file association, so the main process has nothing to
    // tell the page unasked.
    () => () => undefined,
  );
}

export const api: PwpApi = window.pwp ?? harnessApi();
