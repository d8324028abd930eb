/**
 * `npm run harness` (and `npm start` where Electron cannot run): serves PWP Tracker to a browser
 * on 127.0.0.1. Options:
 *   --port N             port to listen on (default 5178; 0 picks a free one)
 *   --exit-with-parent   stop when standard input closes (used by tests, so no server outlives them)
 *   --open               open the address in the system's browser (what `npm start` does)
 *   --now ISO            start the main-side clock at this instant (end-to-end tests only)
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAppServices } from '../app-services';
import { resolveDataDir } from '../data-dir';
import { parseArgs } from './args';
import { startHarness } from './server';

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
    version: string;
  };
  const dataDir = resolveDataDir(process.env);
  const startedAt = Date.now();
  const startAt = args.now === undefined ? null : Date.parse(args.now);
  const services = createAppServices({
    ...(startAt === null ? {} : { now: () => new Date(startAt + (Date.now() - startedAt)) }),
    dataDir,
    runtime: 'harness',
    version,
    log: (message, error) => console.error(message, error),
  });
  const harness = await startHarness({
    dispatch: services.dispatch,
    rendererDir: `${root}out/renderer`,
    port: args.port,
  });
  console.log(`PWP Tracker is running at ${harness.url} (data folder: ${dataDir})`);
  if (args.open) {
    const opened = openInBrowser(harness.url);
    console.log(
      opened
        ? `Opening ${harness.url} in your browser. If it does not appear, open that address yourself.`
        : `Open this address in your browser: ${harness.url}`,
    );
  }

  const stop = () => void harness.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (args.exitWithParent) {
    process.stdin.on('end', stop);
    process.stdin.on('close', stop);
    process.stdin.resume();
  }
}

/**
 * Asks the system to open `url` in the person's browser; false where there is no desktop to
 * open it on (a Linux machine without a display, such as a server or CI).
 */
function openInBrowser(url: string): boolean {
  const command =
    process.platform === 'darwin'
      ? { file: 'open', args: [url] }
      : process.platform === 'win32'
        ? { file: 'cmd', args: ['/c', 'start', '""', url] }
        : process.env.DISPLAY || process.env.WAYLAND_DISPLAY
          ? { file: 'xdg-open', args: [url] }
          : null;
  if (!command) return false;
  try {
    const child = spawn(command.file, command.args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
