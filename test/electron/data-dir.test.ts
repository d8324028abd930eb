import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../electron/data-dir';

describe('resolveDataDir', () => {
  it('uses PWP_DATA_DIR above everything else', () => {
    expect(resolveDataDir({ PWP_DATA_DIR: '/tmp/x' }, '/electron/userData')).toBe('/tmp/x');
  });

  it("uses Electron's userData in the desktop app", () => {
    expect(resolveDataDir({}, '/electron/userData')).toBe('/electron/userData');
  });

  it.each([
    ['linux', {}, join('/home/sam', '.config', 'PWP Tracker')],
    ['linux', { XDG_CONFIG_HOME: '/xdg' }, join('/xdg', 'PWP Tracker')],
    ['darwin', {}, join('/home/sam', 'Library', 'Application Support', 'PWP Tracker')],
    [
      'win32',
      { APPDATA: 'C:\\Users\\sam\\AppData\\Roaming' },
      join('C:\\Users\\sam\\AppData\\Roaming', 'PWP Tracker'),
    ],
  ] as const)('matches the folder Electron would use on %s', (platform, env, expected) => {
    expect(resolveDataDir({ ...env }, undefined, platform, '/home/sam')).toBe(expected);
  });

  it('ignores a blank override', () => {
    expect(resolveDataDir({ PWP_DATA_DIR: '  ' }, '/electron/userData')).toBe('/electron/userData');
  });
});
