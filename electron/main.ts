/**
 * The Electron main process: a table of contents. Behaviour lives in plain-Node modules.
 */
import type { BrowserWindow } from 'electron';
import { app, dialog, ipcMain, Menu, screen, session, shell } from 'electron';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_EVENT_CHANNEL } from '../shared/app-events';
import { toErrorPayload } from '../shared/errors';
import { ipcChannels } from '../shared/ipc-channels';
import type { AppServices } from './app-services';
import { createAppServices } from './app-services';
import { writeFileDurably } from './store/durable-write';
import { resolveDataDir } from './data-dir';
import { buildMenuTemplate, keyboardShortcuts } from './menu-template';
import { rendererEntryUrl } from './renderer-entry';
import type { MenuPorts } from './menu-actions';
import { exportToFile, importFile, switchPortfolio } from './menu-actions';
import { loadWindowState } from './window-state';
import { createMainWindow, hardenSession, hardenWebContents, rememberWindowState } from './window';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const appUrl = rendererEntryUrl({
  outDir,
  packaged: app.isPackaged,
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
});
const log = (message: string, error: unknown) => console.error(message, error);

// A second copy hands over to the first (which comes to the front) and quits.
if (app.requestSingleInstanceLock()) {
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log('PWP Tracker could not start', error);
      app.exit(1);
    });
} else {
  app.quit();
}

// Registered before any window exists, so every web contents gets the guards from its first event.
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appUrl, log));
app.on('window-all-closed', () => app.quit());

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  app.setAboutPanelOptions({ applicationName: app.name, applicationVersion: app.getVersion() });
  const dataDir = resolveDataDir(process.env, app.getPath('userData'));
  const services = createAppServices({
    dataDir,
    runtime: 'electron',
    version: app.getVersion(),
    log,
  });
  const state = await loadWindowState(
    dataDir,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = createMainWindow({
    appUrl,
    preload: join(outDir, 'preload', 'preload.cjs'),
    state,
  });
  const windowState = rememberWindowState(window, dataDir, log);
  const refreshMenu = () => {
    installMenu(window, services).catch((error: unknown) => log('Could not build the menu', error));
  };
  registerIpcHandlers(window, services, refreshMenu);
  refreshMenu();

  // A .pwp file double-clicked in the file manager: the path arrives in argv (Windows, Linux) or
  // as open-file (macOS); a second copy of the app hands its argv to this one.
  const openFromArgs = (argv: readonly string[]) => {
    const file = argv.slice(1).find((arg) => arg.toLowerCase().endsWith('.pwp'));
    if (file)
      void importFile(menuPorts(window, services), file).catch((error: unknown) =>
        log('Could not open a file', error),
      );
  };
  openFromArgs(process.argv);
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void importFile(menuPorts(window, services), path).catch((error: unknown) =>
      log('Could not open a file', error),
    );
  });
  app.on('second-instance', (_event, argv) => {
    if (window.isMinimized()) window.restore();
    window.focus();
    openFromArgs(argv);
  });
  // Quitting, however it starts, waits for the window's position to reach the disk.
  let saved = false;
  app.on('will-quit', (event) => {
    if (saved) return;
    event.preventDefault();
    void windowState.whenSaved().finally(() => {
      saved = true;
      app.quit();
    });
  });
}

/** Every contract channel, answered only for our own window's top frame. */
function registerIpcHandlers(
  window: BrowserWindow,
  services: AppServices,
  onPortfoliosChanged: () => void,
): void {
  for (const channel of ipcChannels) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      // Anything but our window's top frame is refused before validation.
      if (
        event.sender !== window.webContents ||
        event.senderFrame !== window.webContents.mainFrame
      ) {
        return { ok: false, error: toErrorPayload('forbidden-sender') };
      }
      const result = await services.dispatch(channel, input);
      if (result.ok && (channel === 'portfolio:create' || channel === 'portfolio:open')) {
        onPortfoliosChanged(); // Open recent lists them
      }
      return result;
    });
  }
}

/**
 * Builds the menu bar (menu-template.ts). New portfolio closes the open portfolio, Open… imports a
 * file chosen in the system dialog, Open recent opens one — each then tells the page what is open
 * (an event, never a reload); Export… saves the open portfolio where the person says.
 */
async function installMenu(window: BrowserWindow, services: AppServices): Promise<void> {
  // A folder that cannot be read just leaves Open recent empty; the UI reports the problem.
  const recent = await services.library.list().then(
    (listing) => listing.portfolios,
    () => [],
  );
  const switchTo = (channel: 'portfolio:open' | 'portfolio:close', input?: unknown) => {
    switchPortfolio(menuPorts(window, services), channel, input).catch((error: unknown) =>
      log(`Could not run ${channel} from the menu`, error),
    );
  };
  const template = buildMenuTemplate({
    platform: process.platform,
    appName: app.name,
    developer: !app.isPackaged,
    recent,
    actions: {
      newPortfolio: () => switchTo('portfolio:close'),
      openPortfolio: () => {
        void chooseAndImport(window, services).catch((error: unknown) =>
          log('Could not open a file', error),
        );
      },
      exportPortfolio: () => {
        void exportToFile(menuPorts(window, services)).catch((error: unknown) =>
          log('Could not export', error),
        );
      },
      openRecent: (id) => switchTo('portfolio:open', { id }),
      showKeyboardShortcuts: () => {
        const lines = keyboardShortcuts(template, process.platform).map(
          ({ action, keys }) => `${keys}  ${action}`,
        );
        void dialog.showMessageBox(window, {
          title: 'Keyboard shortcuts',
          message: 'Keyboard shortcuts',
          detail: lines.join('\n'),
        });
      },
      openDataFolder: () => {
        void shell.openPath(services.library.dataDir).then((problem) => {
          if (problem) log('Could not open the data folder', problem);
        });
      },
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** File > Open…: a portfolio file chosen in the system dialog, imported exactly as the page does. */
async function chooseAndImport(window: BrowserWindow, services: AppServices): Promise<void> {
  const { canceled, filePaths } = await dialog.showOpenDialog(window, {
    properties: ['openFile'],
    filters: [{ name: 'PWP Tracker portfolio', extensions: ['pwp', 'json'] }],
  });
  const [path] = filePaths;
  if (!canceled && path) await importFile(menuPorts(window, services), path);
}

/** Electron's side of the menu's actions (menu-actions.ts): dialogs, files and the window. */
function menuPorts(window: BrowserWindow, services: AppServices): MenuPorts {
  return {
    dispatch: services.dispatch,
    notify: (event) => window.webContents.send(APP_EVENT_CHANNEL, event),
    warn: async (message, detail) => {
      await dialog.showMessageBox(window, { type: 'warning', message, detail: detail ?? '' });
    },
    readText: (path) => readFile(path, 'utf8'),
    chooseSavePath: async (defaultPath) => {
      const { canceled, filePath } = await dialog.showSaveDialog(window, { defaultPath });
      return canceled || !filePath ? null : filePath;
    },
    writeText: (path, text) => writeFileDurably(path, text),
  };
}
