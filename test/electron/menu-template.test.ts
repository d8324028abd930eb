import { describe, expect, it, vi } from 'vitest';
import type { MenuActions, MenuItemTemplate } from '../../electron/menu-template';
import {
  buildMenuTemplate,
  describeAccelerator,
  keyboardShortcuts,
  MAX_RECENT,
  menuLabel,
} from '../../electron/menu-template';

function actions(overrides: Partial<MenuActions> = {}): MenuActions {
  return { showKeyboardShortcuts: vi.fn(), openDataFolder: vi.fn(), ...overrides };
}

/** Top-level menu names, in order. */
const titles = (template: MenuItemTemplate[]) => template.map((item) => item.label);

function menu(template: MenuItemTemplate[], title: string): MenuItemTemplate[] {
  const found = template.find((item) => item.label === title);
  if (!found?.submenu) throw new Error(`no ${title} menu`);
  return found.submenu;
}

/** Each item as its label or role, with separators as '---'. */
const outline = (items: MenuItemTemplate[]) =>
  items.map((item) => (item.type === 'separator' ? '---' : (item.label ?? item.role)));

function item(items: MenuItemTemplate[], label: string): MenuItemTemplate {
  const found = items.find((entry) => entry.label === label);
  if (!found) throw new Error(`no item ${label}`);
  return found;
}

const base = { appName: 'PWP Tracker' };

describe('buildMenuTemplate on Windows and Linux', () => {
  const template = buildMenuTemplate({ ...base, platform: 'win32', actions: actions() });

  it('has File, Edit, View, Window and Help, and no app menu', () => {
    expect(titles(template)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    // Functions compare by identity; the JSON round trip compares everything else.
    const linux = buildMenuTemplate({ ...base, platform: 'linux', actions: actions() });
    expect(JSON.parse(JSON.stringify(linux))).toEqual(JSON.parse(JSON.stringify(template)));
  });

  it('puts Quit in File and About in Help', () => {
    expect(menu(template, 'File')).toContainEqual(
      expect.objectContaining({ role: 'quit', accelerator: 'CmdOrCtrl+Q' }),
    );
    expect(outline(menu(template, 'Help'))).toEqual([
      'Keyboard shortcuts',
      'Open data folder',
      '---',
      'About PWP Tracker',
    ]);
  });

  it('has the usual Edit roles with Ctrl+Y for redo', () => {
    expect(outline(menu(template, 'Edit'))).toEqual([
      'undo',
      'redo',
      '---',
      'cut',
      'copy',
      'paste',
      'delete',
      '---',
      'selectAll',
    ]);
    expect(menu(template, 'Edit')[1]).toMatchObject({ role: 'redo', accelerator: 'Ctrl+Y' });
  });

  it('has zoom and full screen in View, and no developer tools', () => {
    expect(menu(template, 'View').map((entry) => entry.role ?? '---')).toEqual([
      'resetZoom',
      'zoomIn',
      'zoomOut',
      '---',
      'togglefullscreen',
    ]);
    expect(item(menu(template, 'View'), 'Toggle full screen').accelerator).toBe('F11');
  });
});

describe('buildMenuTemplate on macOS', () => {
  const template = buildMenuTemplate({ ...base, platform: 'darwin', actions: actions() });

  it('starts with the app menu, holding About, Services, Hide and Quit', () => {
    expect(titles(template)).toEqual(['PWP Tracker', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(menu(template, 'PWP Tracker').map((entry) => entry.role ?? '---')).toEqual([
      'about',
      '---',
      'services',
      '---',
      'hide',
      'hideOthers',
      'unhide',
      '---',
      'quit',
    ]);
  });

  it('closes the window from File instead of quitting, and keeps About out of Help', () => {
    const file = menu(template, 'File');
    expect(file.map((entry) => entry.role)).not.toContain('quit');
    expect(file).toContainEqual(expect.objectContaining({ role: 'close' }));
    expect(outline(menu(template, 'Help'))).toEqual(['Keyboard shortcuts', 'Open data folder']);
  });

  it('uses the Mac keys and menu roles', () => {
    expect(outline(menu(template, 'Edit'))).toContain('pasteAndMatchStyle');
    expect(menu(template, 'Edit')[1]).toMatchObject({ role: 'redo', accelerator: 'Shift+Cmd+Z' });
    expect(item(menu(template, 'View'), 'Toggle full screen').accelerator).toBe('Ctrl+Cmd+F');
    expect(template.find((entry) => entry.label === 'Help')?.role).toBe('help');
  });
});

describe('the File menu', () => {
  it('offers only what the main process can do until the UI actions are passed in', () => {
    const template = buildMenuTemplate({ ...base, platform: 'win32', actions: actions() });
    expect(outline(menu(template, 'File'))).toEqual(['Quit']);
  });

  it('offers New, Open, Open recent and Export when their actions are given', () => {
    const newPortfolio = vi.fn();
    const openPortfolio = vi.fn();
    const exportPortfolio = vi.fn();
    const template = buildMenuTemplate({
      ...base,
      platform: 'linux',
      actions: actions({ newPortfolio, openPortfolio, exportPortfolio, openRecent: vi.fn() }),
    });
    const file = menu(template, 'File');
    expect(outline(file)).toEqual([
      'New portfolio',
      'Open…',
      'Open recent',
      '---',
      'Export…',
      '---',
      'Quit',
    ]);
    item(file, 'New portfolio').click?.();
    item(file, 'Open…').click?.();
    item(file, 'Export…').click?.();
    expect(newPortfolio).toHaveBeenCalledOnce();
    expect(openPortfolio).toHaveBeenCalledOnce();
    expect(exportPortfolio).toHaveBeenCalledOnce();
    expect(item(file, 'New portfolio').accelerator).toBe('CmdOrCtrl+N');
  });

  it('lists recent portfolios, newest first, and opens the one chosen', () => {
    const openRecent = vi.fn();
    const recent = Array.from({ length: 12 }, (_, i) => ({
      id: `id-${String(i)}`,
      traineeName: `Trainee ${String(i)}`,
      cohort: 'Jan 2027',
    }));
    const template = buildMenuTemplate({
      ...base,
      platform: 'win32',
      actions: actions({ openRecent }),
      recent,
    });
    const submenu = item(menu(template, 'File'), 'Open recent').submenu ?? [];
    expect(submenu).toHaveLength(MAX_RECENT);
    expect(submenu[0]?.label).toBe('Trainee 0 (Jan 2027)');
    submenu[2]?.click?.();
    expect(openRecent).toHaveBeenCalledWith('id-2');
  });

  it('shows a disabled line when there are no portfolios yet', () => {
    const template = buildMenuTemplate({
      ...base,
      platform: 'win32',
      actions: actions({ openRecent: vi.fn() }),
      recent: [],
    });
    expect(item(menu(template, 'File'), 'Open recent').submenu).toEqual([
      { label: 'No portfolios yet', enabled: false },
    ]);
  });

  it('shows an ampersand in a name as typed rather than as a keyboard mnemonic', () => {
    const template = buildMenuTemplate({
      ...base,
      platform: 'win32',
      actions: actions({ openRecent: vi.fn() }),
      recent: [{ id: 'a', traineeName: 'Sam & Alex', cohort: 'R&D' }],
    });
    expect(item(menu(template, 'File'), 'Open recent').submenu?.[0]?.label).toBe(
      'Sam && Alex (R&&D)',
    );
    expect(menuLabel('a & b')).toBe('a && b');
  });
});

describe('the Help menu', () => {
  it('calls the keyboard shortcuts and data folder actions', () => {
    const a = actions();
    const help = menu(buildMenuTemplate({ ...base, platform: 'linux', actions: a }), 'Help');
    item(help, 'Keyboard shortcuts').click?.();
    item(help, 'Open data folder').click?.();
    expect(a.showKeyboardShortcuts).toHaveBeenCalledOnce();
    expect(a.openDataFolder).toHaveBeenCalledOnce();
  });
});

describe('developer items', () => {
  it('adds Reload and Developer tools to View only for development runs', () => {
    const dev = buildMenuTemplate({
      ...base,
      platform: 'linux',
      actions: actions(),
      developer: true,
    });
    expect(menu(dev, 'View').map((entry) => entry.role)).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });
});

describe('keyboardShortcuts', () => {
  it('lists every shortcut in menu order, with the keys named for the system', () => {
    const template = buildMenuTemplate({ ...base, platform: 'win32', actions: actions() });
    const shortcuts = keyboardShortcuts(template, 'win32');
    expect(shortcuts[0]).toEqual({ action: 'Quit', keys: 'Ctrl+Q' });
    expect(shortcuts).toContainEqual({ action: 'Zoom out', keys: 'Ctrl+Minus' });
    expect(shortcuts).toContainEqual({ action: 'Undo', keys: 'Ctrl+Z' });
    expect(shortcuts).toContainEqual({ action: 'Keyboard shortcuts', keys: 'Ctrl+/' });
    expect(shortcuts.every(({ action }) => action !== '')).toBe(true);
  });

  it('uses Cmd and Option on macOS', () => {
    const template = buildMenuTemplate({ ...base, platform: 'darwin', actions: actions() });
    expect(keyboardShortcuts(template, 'darwin')).toContainEqual({
      action: 'Paste and match style',
      keys: 'Shift+Option+Cmd+V',
    });
  });

  it('leaves out disabled items', () => {
    expect(
      keyboardShortcuts([{ label: 'Off', accelerator: 'CmdOrCtrl+K', enabled: false }], 'linux'),
    ).toEqual([]);
  });
});

describe('describeAccelerator', () => {
  it.each([
    ['CmdOrCtrl+Shift+Z', 'linux', 'Ctrl+Shift+Z'],
    ['CmdOrCtrl+Shift+Z', 'darwin', 'Cmd+Shift+Z'],
    ['CommandOrControl+Plus', 'win32', 'Ctrl+Plus'],
    ['Alt+Cmd+I', 'darwin', 'Option+Cmd+I'],
    ['F11', 'win32', 'F11'],
  ] as const)('%s on %s reads %s', (accelerator, platform, expected) => {
    expect(describeAccelerator(accelerator, platform)).toBe(expected);
  });
});
