import type { AppEvent } from '../shared/app-events';
import type { Dispatch } from './ipc/dispatch';

/**
 * What the menu and a double-clicked file do, as plain functions over a few ports, so they are
 * tested in Node (main.ts only supplies Electron's dialogs, files and window).
 */
export interface MenuPorts {
  dispatch: Dispatch;
  /** Tells the page what is open now (it then shows it, without a reload). */
  notify: (event: AppEvent) => void;
  /** A calm message in a dialog, with details below it. */
  warn: (message: string, detail?: string) => Promise<void>;
  readText: (path: string) => Promise<string>;
  /** Asks where to save; null when the person cancels. */
  chooseSavePath: (defaultName: string) => Promise<string | null>;
  writeText: (path: string, text: string) => Promise<void>;
}

async function notifyCurrent(ports: MenuPorts): Promise<void> {
  const current = await ports.dispatch('portfolio:current', undefined);
  ports.notify({
    type: 'portfolio-changed',
    summary: current.ok ? (current.data as AppEvent['summary']) : null,
  });
}

/** Imports one file (from Open…, or a .pwp file the system asked us to open) and shows it. */
export async function importFile(ports: MenuPorts, path: string): Promise<void> {
  let text: string;
  try {
    text = await ports.readText(path);
  } catch {
    await ports.warn('That file could not be read. Nothing has been changed.');
    return;
  }
  const result = await ports.dispatch('portfolio:import', { text });
  if (result.ok) return notifyCurrent(ports);
  await ports.warn(
    result.error.message,
    result.error.fields.map((field) => `${field.path}: ${field.message}`).join('\n'),
  );
}

/** File > Export…: the open portfolio (without private reflections) saved where the person says. */
export async function exportToFile(ports: MenuPorts): Promise<void> {
  const result = await ports.dispatch('portfolio:export', undefined);
  if (!result.ok) {
    await ports.warn(result.error.message);
    return;
  }
  const { fileName, text } = result.data as { fileName: string; text: string };
  const path = await ports.chooseSavePath(fileName);
  if (path) await ports.writeText(path, text);
}

/** New portfolio (close what is open) or Open recent: runs the call, then shows what is open. */
export async function switchPortfolio(
  ports: MenuPorts,
  channel: 'portfolio:open' | 'portfolio:close',
  input: unknown,
): Promise<void> {
  const result = await ports.dispatch(channel, input);
  if (result.ok) return notifyCurrent(ports);
  await ports.warn(result.error.message);
}
