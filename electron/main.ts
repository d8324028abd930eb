/**
 * The Electron main process: a table of contents. Behaviour lives in plain-Node modules.
 */
import type { BrowserWindow } from 'electron';
import { app, dialog, ipcMain, Menu, screen, session, shell } from 'electron';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toErrorPayload } from '../shared/errors';
import { ipcChannels } from '../shared/ipc-channels';
import type { AppServices } from './app-services';
import { createAppServices } from './app-services';
import { writeFileDurably } from './store/durable-write';
import { resolveDataDir } from './data-dir';
import { buildMenuTemplate, keyboardShortcuts } from './menu-template';
import { rendererEntryUrl } from './renderer-entry';
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
      void importFile(window, services, file).catch((error: unknown) =>
        log('Could not open a file', error),
      );
  };
  openFromArgs(process.argv);
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void importFile(window, services, path).catch((error: unknown) =>
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
 * Builds the menu bar (menu-template.ts). New portfolio closes the open portfolio and reloads,
 * which brings back the first screen; Open… imports a file chosen in the system dialog; Open recent
 * opens one and reloads, which shows it; Export… saves the open portfolio where the person says.
 */
async function installMenu(window: BrowserWindow, services: AppServices): Promise<void> {
  // A folder that cannot be read just leaves Open recent empty; the UI reports the problem.
  const recent = await services.library.list().then(
    (listing) => listing.portfolios,
    () => [],
  );
  const switchTo = (channel: 'portfolio:open' | 'portfolio:close', input?: unknown) => {
    switchPortfolio(window, services, channel, input).catch((error: unknown) =>
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
        void exportToFile(window, services).catch((error: unknown) =>
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
  if (!canceled && path) await importFile(window, services, path);
}

/** Imports one file (from Open…, or a .pwp file the system asked us to open) and shows it. */
async function importFile(
  window: BrowserWindow,
  services: AppServices,
  path: string,
): Promise<void> {
  const text = await readFile(path, 'utf8');
  const result = await services.dispatch('portfolio:import', { text });
  if (result.ok) {
    window.webContents.reload();
    return;
  }
  await dialog.showMessageBox(window, {
    type: 'warning',
    message: result.error.message,
    detail: result.error.fields.map((field) => `${field.path}: ${field.message}`).join('\n'),
  });
}

/** File > Export…: the open portfolio (without private reflections) saved where the person says. */
async function exportToFile(window: BrowserWindow, services: AppServices): Promise<void> {
  const result = await services.dispatch('portfolio:export', undefined);
  if (!result.ok) {
    await dialog.showMessageBox(window, { type: 'info', message: result.error.message });
    return;
  }
  const { fileName, text } = result.data as { fileName: string; text: string };
  const { canceled, filePath } = await dialog.showSaveDialog(window, { defaultPath: fileName });
  if (!canceled && filePath) await writeFileDurably(filePath, text);
}

/** Runs one contract call for the menu, then reloads the page, which asks what is open now. */
async function switchPortfolio(
  window: BrowserWindow,
  services: AppServices,
  channel: 'portfolio:open' | 'portfolio:close',
  input: unknown,
): Promise<void> {
  const result = await services.dispatch(channel, input);
  if (result.ok) window.webContents.reload();
  else await dialog.showMessageBox(window, { type: 'warning', message: result.error.message });
}
