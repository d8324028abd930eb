import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Hosts a development server may run on: this computer only. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The URL the main window loads: the built page inside the app, or — only in an unpackaged
 * development run — electron-vite's dev server on this computer (`ELECTRON_RENDERER_URL`).
 * A packaged app ignores that variable, so nobody can point an installed copy at a web page
 * through its environment.
 */
export function rendererEntryUrl(options: {
  outDir: string;
  packaged: boolean;
  devServerUrl?: string | undefined;
}): string {
  const { outDir, packaged, devServerUrl } = options;
  if (!packaged && devServerUrl && isLoopbackHttpUrl(devServerUrl)) return devServerUrl;
  return pathToFileURL(join(outDir, 'renderer', 'index.html')).href;
}

function isLoopbackHttpUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname);
  } catch {
    return false;
  }
}
