/**
 * The application menu as data. `main.ts` hands the result to `Menu.buildFromTemplate`; building
 * it here, from callbacks, lets vitest check every platform's menu without Electron.
 */

/** The Electron menu roles this app uses (a subset of Electron's own list). */
export type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'delete'
  | 'selectAll'
  | 'reload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'close'
  | 'windowMenu'
  | 'help';

/** The part of Electron's `MenuItemConstructorOptions` we use; main.ts's compiler checks the fit. */
export interface MenuItemTemplate {
  label?: string;
  role?: MenuRole;
  type?: 'separator' | 'submenu';
  accelerator?: string;
  enabled?: boolean;
  click?: () => void;
  submenu?: MenuItemTemplate[];
}

export interface RecentPortfolio {
  id: string;
  traineeName: string;
  cohort: string;
}

/**
 * What the menu can do. The optional ones need the UI to act (a form, a file picker) and appear
 * only once `main.ts` passes them; the rest work from the main process alone.
 */
export interface MenuActions {
  newPortfolio?: () => void;
  openPortfolio?: () => void;
  exportPortfolio?: () => void;
  openRecent?: (id: string) => void;
  showKeyboardShortcuts: () => void;
  openDataFolder: () => void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  actions: MenuActions;
  /** Most recently changed first, as `PortfolioLibrary.list()` returns them. */
  recent?: readonly RecentPortfolio[];
  /** Adds Reload and Developer Tools; only for unpackaged development runs. */
  developer?: boolean;
}

/** How many portfolios Open recent lists. */
export const MAX_RECENT = 8;

const separator: MenuItemTemplate = { type: 'separator' };

/** The whole menu bar, in the order each system expects. */
export function buildMenuTemplate(options: MenuOptions): MenuItemTemplate[] {
  const mac = options.platform === 'darwin';
  return [
    ...(mac ? [appMenu(options.appName)] : []),
    fileMenu(options, mac),
    editMenu(mac),
    viewMenu(mac, options.developer ?? false),
    { label: 'Window', role: 'windowMenu' },
    helpMenu(options, mac),
  ];
}

/** macOS puts About, Services, Hide and Quit in a menu named after the app. */
function appMenu(appName: string): MenuItemTemplate {
  return {
    label: appName,
    submenu: [
      { label: `About ${appName}`, role: 'about' },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { label: `Quit ${appName}`, role: 'quit', accelerator: 'CmdOrCtrl+Q' },
    ],
  };
}

function fileMenu({ actions, recent = [] }: MenuOptions, mac: boolean): MenuItemTemplate {
  const items: MenuItemTemplate[] = [];
  const { newPortfolio, openPortfolio, exportPortfolio, openRecent } = actions;
  if (newPortfolio) {
    items.push({ label: 'New portfolio', accelerator: 'CmdOrCtrl+N', click: newPortfolio });
  }
  if (openPortfolio) {
    items.push({ label: 'Open…', accelerator: 'CmdOrCtrl+O', click: openPortfolio });
  }
  if (openRecent) items.push({ label: 'Open recent', submenu: recentItems(recent, openRecent) });
  if (exportPortfolio) {
    items.push(separator, { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: exportPortfolio });
  }
  if (items.length > 0) items.push(separator);
  // macOS quits from the app menu, and its Window menu has no Close, so File has Close Window.
  items.push(
    mac
      ? { label: 'Close window', role: 'close', accelerator: 'CmdOrCtrl+W' }
      : { label: 'Quit', role: 'quit', accelerator: 'CmdOrCtrl+Q' },
  );
  return { label: 'File', submenu: items };
}

function recentItems(
  recent: readonly RecentPortfolio[],
  open: (id: string) => void,
): MenuItemTemplate[] {
  if (recent.length === 0) return [{ label: 'No portfolios yet', enabled: false }];
  return recent.slice(0, MAX_RECENT).map((portfolio) => ({
    label: menuLabel(`${portfolio.traineeName} (${portfolio.cohort})`),
    click: () => open(portfolio.id),
  }));
}

/** Text shown as a menu label as typed: Windows and Linux read a single `&` as a mnemonic marker. */
export function menuLabel(text: string): string {
  return text.replaceAll('&', '&&');
}

function editMenu(mac: boolean): MenuItemTemplate {
  return {
    label: 'Edit',
    submenu: [
      { role: 'undo', accelerator: 'CmdOrCtrl+Z' },
      { role: 'redo', accelerator: mac ? 'Shift+Cmd+Z' : 'Ctrl+Y' },
      separator,
      { role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', accelerator: 'CmdOrCtrl+V' },
      ...(mac ? [{ role: 'pasteAndMatchStyle', accelerator: 'Shift+Alt+Cmd+V' } as const] : []),
      { role: 'delete' },
      separator,
      { role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
    ],
  };
}

function viewMenu(mac: boolean, developer: boolean): MenuItemTemplate {
  return {
    label: 'View',
    submenu: [
      ...(developer
        ? [
            { role: 'reload', accelerator: 'CmdOrCtrl+R' } as const,
            { role: 'toggleDevTools', accelerator: mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I' } as const,
            separator,
          ]
        : []),
      { label: 'Actual size', role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
      { label: 'Zoom in', role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus' },
      { label: 'Zoom out', role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
      separator,
      {
        label: 'Toggle full screen',
        role: 'togglefullscreen',
        accelerator: mac ? 'Ctrl+Cmd+F' : 'F11',
      },
    ],
  };
}

function helpMenu({ appName, actions }: MenuOptions, mac: boolean): MenuItemTemplate {
  return {
    label: 'Help',
    // On macOS the help role adds the menu search box.
    ...(mac ? { role: 'help' as const } : {}),
    submenu: [
      {
        label: 'Keyboard shortcuts',
        accelerator: 'CmdOrCtrl+/',
        click: actions.showKeyboardShortcuts,
      },
      { label: 'Open data folder', click: actions.openDataFolder },
      ...(mac ? [] : [separator, { label: `About ${appName}`, role: 'about' as const }]),
    ],
  };
}

export interface Shortcut {
  action: string;
  keys: string;
}

/** Every item with a keyboard shortcut, for the Keyboard shortcuts dialog, in menu order. */
export function keyboardShortcuts(
  template: readonly MenuItemTemplate[],
  platform: NodeJS.Platform,
): Shortcut[] {
  return template.flatMap((item): Shortcut[] => {
    const own =
      item.accelerator && item.enabled !== false
        ? [{ action: actionName(item), keys: describeAccelerator(item.accelerator, platform) }]
        : [];
    return [...own, ...keyboardShortcuts(item.submenu ?? [], platform)];
  });
}

function actionName(item: MenuItemTemplate): string {
  const text = item.label ?? roleNames[item.role ?? ''] ?? item.role ?? '';
  return text.replaceAll('&&', '&');
}

/** Words for roles shown without a label of ours (Electron supplies their menu text itself). */
const roleNames: Partial<Record<string, string>> = {
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  pasteAndMatchStyle: 'Paste and match style',
  selectAll: 'Select all',
  reload: 'Reload',
  toggleDevTools: 'Developer tools',
  close: 'Close window',
};

/** `CmdOrCtrl+Shift+Z` as the keys are labelled on this system: `Cmd+Shift+Z` or `Ctrl+Shift+Z`. */
export function describeAccelerator(accelerator: string, platform: NodeJS.Platform): string {
  const mac = platform === 'darwin';
  const names: Partial<Record<string, string>> = {
    CmdOrCtrl: mac ? 'Cmd' : 'Ctrl',
    CommandOrControl: mac ? 'Cmd' : 'Ctrl',
    Command: 'Cmd',
    Control: 'Ctrl',
    Alt: mac ? 'Option' : 'Alt',
    Option: 'Option',
    Plus: 'Plus',
    '-': 'Minus',
  };
  return accelerator
    .split('+')
    .map((key) => names[key] ?? key)
    .join('+');
}
