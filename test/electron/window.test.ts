import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Session, WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy, secureWebPreferences } from '../../electron/security-policy';
import {
  createMainWindow,
  hardenSession,
  hardenWebContents,
  rememberWindowState,
} from '../../electron/window';
import { WINDOW_STATE_FILE } from '../../electron/window-state';

/**
 * window.ts is the thin shell between security-policy.ts and Electron, so this is the one test
 * that fakes Electron: just enough of BrowserWindow, WebContents, Session and shell to see that
 * every decision reaches the right event.
 */
const fakes = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;

  class Emitter {
    readonly listeners = new Map<string, Listener[]>();
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    emit(event: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }
  }

  class FakeWebContents extends Emitter {
    openHandler: ((details: { url: string }) => { action: string }) | undefined;
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.openHandler = handler;
    }
  }

  class FakeBrowserWindow extends Emitter {
    static created: FakeBrowserWindow[] = [];
    readonly webContents = new FakeWebContents();
    bounds = { x: 10, y: 20, width: 900, height: 700 };
    maximised = false;
    loadURL = vi.fn(() => Promise.resolve());
    show = vi.fn();
    maximize = vi.fn(() => {
      this.maximised = true;
    });
    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeBrowserWindow.created.push(this);
    }
    getNormalBounds() {
      return this.bounds;
    }
    isMaximized() {
      return this.maximised;
    }
  }

  return {
    Emitter,
    FakeWebContents,
    FakeBrowserWindow,
    openExternal: vi.fn((_url: string) => Promise.resolve()),
  };
});

vi.mock('electron', () => ({
  BrowserWindow: fakes.FakeBrowserWindow,
  shell: { openExternal: fakes.openExternal },
}));

type Handler = (...args: never[]) => unknown;

function fakeSession() {
  const handlers: Record<string, Handler> = {};
  const session = {
    setPermissionRequestHandler: (h: Handler) => (handlers.request = h),
    setPermissionCheckHandler: (h: Handler) => (handlers.check = h),
    setDevicePermissionHandler: (h: Handler) => (handlers.device = h),
    webRequest: { onHeadersReceived: (h: Handler) => (handlers.headers = h) },
  };
  // Only the four members above are used by hardenSession.
  return { session: session as unknown as Session, handlers };
}

const appUrl = 'file:///opt/pwp/out/renderer/index.html';

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

describe('hardenSession', () => {
  it('refuses every permission request, check and device', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      (handlers.request as (wc: unknown, p: string, cb: (ok: boolean) => void) => void)(
        {},
        permission,
        callback,
      );
      expect(callback).toHaveBeenCalledWith(false);
      expect((handlers.check as (wc: unknown, p: string) => boolean)(null, permission)).toBe(false);
    }
    for (const deviceType of ['hid', 'serial', 'usb']) {
      expect((handlers.device as (d: { deviceType: string }) => boolean)({ deviceType })).toBe(
        false,
      );
    }
  });

  it('puts our Content-Security-Policy on every response', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    const callback = vi.fn();
    (handlers.headers as (details: unknown, cb: (r: unknown) => void) => void)(
      { responseHeaders: { 'content-security-policy': ['default-src *'], Server: ['vite'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { Server: ['vite'], 'Content-Security-Policy': [contentSecurityPolicy] },
    });
  });
});

describe('hardenWebContents', () => {
  let contents: InstanceType<typeof fakes.FakeWebContents>;
  const log = vi.fn();

  beforeEach(() => {
    contents = new fakes.FakeWebContents();
    fakes.openExternal.mockClear();
    log.mockClear();
    hardenWebContents(contents as unknown as WebContents, appUrl, log);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'stops %s to another page and lets the app page through',
    (event) => {
      const away = navigationEvent('https://example.org/');
      contents.emit(event, away);
      expect(away.preventDefault).toHaveBeenCalled();

      const file = navigationEvent('file:///etc/passwd');
      contents.emit(event, file);
      expect(file.preventDefault).toHaveBeenCalled();

      const same = navigationEvent(`${appUrl}#main`);
      contents.emit(event, same);
      expect(same.preventDefault).not.toHaveBeenCalled();
    },
  );

  it('refuses to attach any webview', () => {
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window and opens a web link in the browser instead', () => {
    expect(contents.openHandler?.({ url: 'HTTPS://www.NHS.uk/a/../b' })).toEqual({
      action: 'deny',
    });
    expect(fakes.openExternal).toHaveBeenCalledWith('https://www.nhs.uk/b');
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'ms-msdt:/id x', 'https://u:p@x.org/'])(
    'denies %s and opens nothing',
    (url) => {
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
      expect(fakes.openExternal).not.toHaveBeenCalled();
    },
  );

  it('logs, rather than crashes, when the browser cannot be opened', async () => {
    fakes.openExternal.mockImplementationOnce(() => Promise.reject(new Error('no browser')));
    contents.openHandler?.({ url: 'https://example.org/' });
    await vi.waitFor(() => expect(log).toHaveBeenCalled());
  });
});

describe('createMainWindow', () => {
  beforeEach(() => {
    fakes.FakeBrowserWindow.created = [];
  });

  it('uses the secure webPreferences plus our preload, and nothing else', () => {
    createMainWindow({
      appUrl,
      preload: '/opt/pwp/out/preload/preload.cjs',
      state: { width: 1000, height: 700, maximised: false },
    });
    const options = fakes.FakeBrowserWindow.created[0]?.options;
    expect(options?.webPreferences).toEqual({
      ...secureWebPreferences,
      preload: '/opt/pwp/out/preload/preload.cjs',
    });
  });

  it('opens hidden at the remembered place and size, then loads the app page', () => {
    createMainWindow({
      appUrl,
      preload: 'p',
      state: { x: 40, y: 50, width: 1000, height: 700, maximised: false },
    });
    const window = fakes.FakeBrowserWindow.created[0];
    expect(window?.options).toMatchObject({ x: 40, y: 50, width: 1000, height: 700, show: false });
    expect(window?.loadURL).toHaveBeenCalledWith(appUrl);
    expect(window?.show).not.toHaveBeenCalled();
  });

  it('shows the window when its first paint is ready, maximised if it was', () => {
    createMainWindow({
      appUrl,
      preload: 'p',
      state: { width: 1000, height: 700, maximised: true },
    });
    const window = fakes.FakeBrowserWindow.created[0];
    window?.emit('ready-to-show');
    expect(window?.maximize).toHaveBeenCalled();
    expect(window?.show).toHaveBeenCalled();
  });
});

describe('rememberWindowState', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pwp-window-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('saves the normal bounds and maximised flag when the window closes', async () => {
    const window = createMainWindow({
      appUrl,
      preload: 'p',
      state: { width: 1000, height: 700, maximised: false },
    });
    const fake = fakes.FakeBrowserWindow.created.at(-1);
    const keeper = rememberWindowState(window, dataDir, vi.fn());
    if (fake) {
      fake.bounds = { x: 5, y: 6, width: 1111, height: 777 };
      fake.maximised = true;
    }
    fake?.emit('close');
    await keeper.whenSaved();
    expect(JSON.parse(await readFile(join(dataDir, WINDOW_STATE_FILE), 'utf8'))).toEqual({
      x: 5,
      y: 6,
      width: 1111,
      height: 777,
      maximised: true,
    });
  });
});
