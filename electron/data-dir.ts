import { homedir } from 'node:os';
import { join } from 'node:path';

/** Folder name under the system's per-user application-data folder, as Electron names it. */
export const APP_FOLDER_NAME = 'PWP Tracker';

/**
 * Where portfolios live. `PWP_DATA_DIR` wins (tests give each run a fresh folder with it);
 * otherwise the desktop app passes Electron's `userData`, and the harness computes the same
 * folder Electron would use, so both open the same portfolios.
 */
export function resolveDataDir(
  env: NodeJS.ProcessEnv,
  electronUserData?: string,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const override = env.PWP_DATA_DIR?.trim();
  if (override) return override;
  if (electronUserData) return electronUserData;
  if (platform === 'win32')
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_FOLDER_NAME);
}
