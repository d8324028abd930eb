/**
 * The preload: exposes `window.pwp`, one method per contract channel and `onEvent`, and nothing
 * else. It imports only the channel names; every input is validated in the main process.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { AppEvent } from '../shared/app-events';
import { APP_EVENT_CHANNEL } from '../shared/app-events';
import type { PwpApi } from '../shared/ipc-channels';
import { buildApi } from '../shared/ipc-channels';

const api = buildApi(
  (channel, input) => ipcRenderer.invoke(channel, input),
  (listener) => {
    // Only the event itself reaches the page, never Electron's event object.
    const handler = (_event: unknown, appEvent: AppEvent) => listener(appEvent);
    ipcRenderer.on(APP_EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(APP_EVENT_CHANNEL, handler);
    };
  },
) satisfies PwpApi;

contextBridge.exposeInMainWorld('pwp', api);
