/**
 * The Electron main process: a table of contents. Behaviour lives in plain-Node modules.
 */
import { app, ipcMain } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ipcChannels } from '../shared/ipc-channels';
import { toErrorPayload } from '../shared/errors';
import { createAppServices } from './app-services';
import { resolveDataDir } from './data-dir';
import { createMainWindow } from './window';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');

if (!app.requestSingleInstanceLock()) app.quit();

void app.whenReady().then(() => {
  const services = createAppServices({
    dataDir: resolveDataDir(process.env, app.getPath('userData')),
    runtime: 'electron',
    version: app.getVersion(),
    log: (message, error) => console.error(message, error),
  });
  const window = createMainWindow(outDir);

  for (const channel of ipcChannels) {
    ipcMain.handle(channel, (event, input: unknown) =>
      // Only our own window's top frame may call; anything else is refused before validation.
      event.sender === window.webContents && event.senderFrame === window.webContents.mainFrame
        ? services.dispatch(channel, input)
        : { ok: false, error: toErrorPayload('forbidden-sender') },
    );
  }

  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
});

app.on('window-all-closed', () => app.quit());
