import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test as base, expect } from '@playwright/test';

export interface AppUnderTest {
  url: string;
  dataDir: string;
}

/**
 * The moment every end-to-end test runs at, for the main process and the page alike: the dates
 * the specs type (a January 2027 start, days and contacts soon after) are then always in the
 * past, whenever the tests run.
 */
export const E2E_NOW = '2027-03-15T10:00:00Z';

/** Starts the real harness (same handlers as Electron) on a free port with a fresh data folder. */
async function startHarness(
  dataDir: string,
): Promise<{ url: string; child: ChildProcessWithoutNullStreams }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'electron/harness/serve.ts',
      '--port',
      '0',
      '--exit-with-parent',
      '--now',
      E2E_NOW,
    ],
    { env: { ...process.env, PWP_DATA_DIR: dataDir }, stdio: 'pipe' },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Harness did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Harness exited with ${String(code)}:\n${output}`));
    });
  });
  return { url, child };
}

export const test = base.extend<{ app: AppUnderTest }>({
  page: async ({ page }, use) => {
    // The page's own clock agrees with the main process's; timers keep running.
    await page.clock.setFixedTime(new Date(E2E_NOW));
    await use(page);
  },
  // Playwright requires an object pattern for a fixture's dependencies, even when there are none.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pwp-e2e-'));
    const { url, child } = await startHarness(dataDir);
    try {
      await use({ url, dataDir });
    } finally {
      child.stdin.end();
      child.kill();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect };

/** Fails with the list of violations if the page breaks any WCAG 2.2 A/AA rule axe can check. */
export async function expectAxeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`);
  expect(summary).toEqual([]);
}
