/**
 * The preload: exposes `window.pwp`, one method per contract channel, and nothing else.
 * It imports only the channel names; every input is validated in the main process.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { PwpApi } from '../shared/ipc-channels';
import { buildApi } from '../shared/ipc-channels';

const api = buildApi((channel, input) => ipcRenderer.invoke(channel, input)) satisfies PwpApi;

contextBridge.exposeInMainWorld('pwp', api);
