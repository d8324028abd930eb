/**
 * `npm run harness` (and `npm start` where Electron cannot run): serves PWP Tracker to a browser
 * on 127.0.0.1. Options:
 *   --port N             port to listen on (default 5178; 0 picks a free one)
 *   --exit-with-parent   stop when standard input closes (used by tests, so no server outlives them)
 */
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
  const services = createAppServices({
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

  const stop = () => void harness.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (args.exitWithParent) {
    process.stdin.on('end', stop);
    process.stdin.on('close', stop);
    process.stdin.resume();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
