import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { BrowserWindow, shell } from 'electron';
import {
  isPermissionGranted,
  safeExternalUrl,
  secureWebPreferences,
  shouldAllowNavigation,
  withContentSecurityPolicy,
} from './security-policy';
import type { WindowState, WindowStateKeeper } from './window-state';
import {
  createWindowStateKeeper,
  MIN_HEIGHT,
  MIN_WIDTH,
  saveWindowState,
  windowStateFrom,
} from './window-state';

/**
 * The one module that creates windows and applies `security-policy.ts` to Electron. Each
 * decision lives (and is tested) there; this file only connects it to Electron's events.
 */

type Log = (message: string, error: unknown) => void;

/** Session-wide rules: no permission or device is ever granted; every response gets our CSP. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionGranted(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  session.setDevicePermissionHandler((details) => isPermissionGranted(details.deviceType));
  // The page's meta tag already holds the policy. The header adds frame-ancestors (ignored in a
  // meta tag) and holds for anything served over http (the dev server); file: has no headers.
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) }),
  );
}

/**
 * Rules for every web contents (main.ts applies them on `web-contents-created`, so no window,
 * frame or future view escapes): no navigation or redirect away from `appUrl`, no webviews, no
 * new windows. A web link asking for a new window opens in the user's browser instead.
 */
export function hardenWebContents(contents: WebContents, appUrl: string, log: Log): void {
  const stayOnAppPage = (event: { url: string; preventDefault: () => void }) => {
    if (!shouldAllowNavigation(event.url, appUrl)) event.preventDefault();
  };
  contents.on('will-navigate', stayOnAppPage);
  contents.on('will-frame-navigate', stayOnAppPage);
  contents.on('will-redirect', stayOnAppPage);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = safeExternalUrl(url);
    if (external !== null) {
      const opening = shell.openExternal(external); // eng-disable OPEN_EXTERNAL_JS_CHECK it passed safeExternalUrl
      opening.catch((error: unknown) => log(`Could not open ${external}`, error));
    }
    return { action: 'deny' };
  });
}

export interface MainWindowOptions {
  appUrl: string;
  preload: string;
  state: WindowState;
}

/** The main window, at its remembered place and size, shown once its first paint is ready. */
export function createMainWindow({ appUrl, preload, state }: MainWindowOptions): BrowserWindow {
  const options: BrowserWindowConstructorOptions = {
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'PWP Tracker',
    show: false,
    webPreferences: {
      ...secureWebPreferences,
      preload, // eng-disable PRELOAD_JS_CHECK it exposes only the contract's methods (test/electron/preload.test.ts)
    },
  };
  // Reviewed electronegativity findings on the next line: it cannot follow the spread of
  // secureWebPreferences, so it misses contextIsolation and sandbox (test/electron/window.test.ts
  // proves they arrive); and middle-click (auxclick) can only ask for a new window, which
  // hardenWebContents always denies.
  const window = new BrowserWindow(options); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  window.once('ready-to-show', () => {
    if (state.maximised) window.maximize();
    window.show();
  });
  void window.loadURL(appUrl);
  return window;
}

/** Saves the window's place and size as it changes (debounced) and when it closes. */
export function rememberWindowState(
  window: BrowserWindow,
  dataDir: string,
  log: Log,
): WindowStateKeeper {
  const keeper = createWindowStateKeeper({
    read: () => windowStateFrom(window.getNormalBounds(), window.isMaximized()),
    save: (state) => saveWindowState(dataDir, state),
    onError: (error) => log('Could not save the window position', error),
  });
  const changed = () => keeper.changed();
  window.on('resize', changed);
  window.on('move', changed);
  window.on('maximize', changed);
  window.on('unmaximize', changed);
  // Read while the window still exists; main.ts waits for this write before the app quits.
  window.on('close', () => void keeper.flush());
  return keeper;
}
