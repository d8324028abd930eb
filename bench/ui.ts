import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PortfolioStore } from '../electron/store/portfolio-store';
import { generatePortfolio } from '../shared/generator/synthetic-portfolio';
import type { Row } from './stats';
import { summarise } from './stats';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The two UI targets, measured in Chromium through the harness on a full year with about 2,000
 * contacts: opening a portfolio to its dashboard, and filtering its contact list as you type.
 */
export async function benchUi(): Promise<Row[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'pwp-bench-ui-'));
  const { portfolio } = generatePortfolio({
    seed: 99,
    at: '2027-08-31',
    startDate: '2026-09-07',
    scale: 3,
  });
  const store = await PortfolioStore.create(join(dataDir, 'portfolios', portfolio.id), portfolio);
  await store.close();

  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/harness/serve.ts', '--port', '0', '--exit-with-parent'],
    {
      env: { ...process.env, PWP_DATA_DIR: dataDir },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const browser = await chromium.launch({
    executablePath: process.env.PWP_CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const url = await new Promise<string>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const match = /running at (\S+)/.exec(chunk.toString('utf8'));
        if (match?.[1]) resolve(match[1]);
      });
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    const opening: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const open = page.getByRole('button', {
        name: `Open portfolio of ${portfolio.trainee.name}`,
      });
      await open.waitFor();
      const started = performance.now();
      await open.click();
      await page.getByRole('heading', { level: 1, name: 'Your progress' }).waitFor();
      opening.push(performance.now() - started);
      await page.getByRole('button', { name: 'Close portfolio' }).click();
    }
    await page.getByRole('button', { name: `Open portfolio of ${portfolio.trainee.name}` }).click();
    await page.getByRole('button', { name: 'Clinical contacts' }).click();
    const search = page.getByLabel('Search clinical contacts');
    await search.waitFor();
    const filtering: number[] = [];
    for (const query of ['PT-01', 'video', 'PT-0042', 'discharged', 'panic', 'PT-1']) {
      await search.fill('');
      await page
        .getByRole('status')
        .filter({ hasText: /^\d+ entries$/ })
        .waitFor();
      const started = performance.now();
      await search.fill(query);
      await page.getByRole('status').filter({ hasText: 'entries shown' }).waitFor();
      filtering.push(performance.now() - started);
    }
    // The example portfolio: the first click generates the year, later ones find it made.
    await page.getByRole('button', { name: 'Close portfolio' }).click();
    const example: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const explore = page.getByRole('button', { name: 'Explore an example portfolio' });
      await explore.waitFor();
      const started = performance.now();
      await explore.click();
      await page.getByRole('heading', { level: 1, name: 'Your progress' }).waitFor();
      example.push(performance.now() - started);
      await page.getByRole('button', { name: 'Close portfolio' }).click();
    }
    return [
      summarise(
        'explore the example portfolio → dashboard shown',
        example,
        'ms',
        `first click ${example[0]?.toFixed(0) ?? '?'} ms; target ≤ 300 ms`,
      ),
      summarise(
        `open portfolio → dashboard shown (${portfolio.contacts.length} contacts)`,
        opening,
      ),
      summarise(
        `filter contact list as you type (${portfolio.contacts.length} contacts)`,
        filtering,
      ),
    ];
  } finally {
    await browser.close();
    child.stdin.end();
    child.kill();
    await rm(dataDir, { recursive: true, force: true });
  }
}
