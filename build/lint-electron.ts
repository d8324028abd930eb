/**
 * `npm run lint:electron`: Doyensec's electronegativity over the desktop shell's sources, failing
 * on any finding. The CLI always exits 0 and reads one folder, so this script copies the scanned
 * files into a temporary folder, runs the scanner's own runner and sets the exit code.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { acceptedFindings, excludedChecks, scannedPaths } from './electronegativity.config';

interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
  shortenedURL?: string;
  /** The flagged text, for checks that report one (the CSP check reports the policy). */
  sample?: string;
}

interface ScanResult {
  issues: Finding[];
  errors: { file: string; message: string; tolerable: boolean }[];
}

type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<ScanResult>;

const require = createRequire(import.meta.url);
const runnerPath = require.resolve('@doyensec/electronegativity/dist/runner.js');

// electronegativity downloads translations of its messages from S3 on every run (three tries of
// a second each where there is no network). Its HTTP client is replaced before it loads by one
// that answers "204 No Content" at once, so the lint never touches the network and uses the
// English messages the package ships.
const gotPath = createRequire(runnerPath).resolve('got');
require.cache[gotPath] = {
  id: gotPath,
  filename: gotPath,
  loaded: true,
  exports: () => Promise.resolve({ statusCode: 204, body: '' }),
} as NodeJS.Module;

// electronegativity ships CommonJS without types; this is the shape its runner.js returns.
const run = require(runnerPath) as Runner;
const electronVersion = (require('electron/package.json') as { version: string }).version;

async function main(): Promise<number> {
  const staging = await mkdtemp(join(tmpdir(), 'pwp-electronegativity-'));
  try {
    for (const path of scannedPaths) await cp(path, join(staging, path), { recursive: true });
    const result = await run(
      {
        input: staging,
        // The installed Electron, so checks judge its defaults rather than version 0.1's.
        electronVersionOverride: electronVersion,
        excludeFromScan: excludedChecks.map(({ check }) => check.toLowerCase()),
        customScan: [],
        isRelative: false,
      },
      false,
    );
    const issues = result.issues.filter(
      (issue) =>
        !acceptedFindings.some(
          ({ check, sample }) => issue.id === check && issue.sample === sample,
        ),
    );
    const parseErrors = result.errors.filter((error) => !error.tolerable);
    for (const error of parseErrors) {
      console.error(`could not parse ${relative(staging, error.file)}: ${error.message}`);
    }
    for (const issue of issues) {
      const where = issue.file === 'N/A' ? '(whole app)' : relative(staging, issue.file);
      console.error(
        `${issue.id} at ${where}:${issue.location.line}:${issue.location.column}\n` +
          `  ${issue.description} ${issue.shortenedURL ?? ''}`,
      );
    }
    const count = issues.length + parseErrors.length;
    console.log(
      count === 0
        ? `electronegativity ${electronVersion}: no findings in ${scannedPaths.join(', ')}.`
        : `electronegativity: ${count} finding(s). Fix them, or justify one with an ` +
            '`// eng-disable CHECK_ID reason` comment on its line (see build/electronegativity.config.ts).',
    );
    return count === 0 ? 0 : 1;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

process.exitCode = await main();
