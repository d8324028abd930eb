import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../../cli/main';
import { run } from '../../../cli/main';
import type { AppServices } from '../../../electron/app-services';
import { createAppServices } from '../../../electron/app-services';
import { addDays } from '../../../shared/dates';
import { progressReport, reportDateBounds } from '../../../shared/domain/progress-report';
import { generatePortfolio } from '../../../shared/generator/synthetic-portfolio';
import type { ChannelOutput } from '../../../shared/ipc-channels';
import type { IpcResult } from '../../../shared/result';

/**
 * One request must not take the app down: `portfolio:report` either refuses a date with
 * `invalid-input` on `at`, or answers with work and output bounded by the records. Reproduced
 * before the fix: `{ at: '9999-12-25' }` took seconds and answered 36 MB; `9999-12-31` ran the
 * process out of memory.
 */

const START = '2026-09-07';
const FULL_YEAR = '2027-09-03';
const { portfolio } = generatePortfolio({ seed: 11, at: FULL_YEAR, startDate: START });
const portfolioText = JSON.stringify(portfolio);

/** A report of a generated full year stays well under this (it is about 0.1 MB). */
const MAX_REPORT_BYTES = 2_000_000;
/** A coarse sanity cap per call on a shared machine, not a timing test (a call takes ~0.1 s). */
const MAX_CALL_MS = 10_000;

/** Any valid calendar date from 0000-01-01 to 9999-12-31, as the contract's pattern allows. */
const anyCalendarDate = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    const last = lengths[month - 1] ?? 28;
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(day, last), 2)}`;
  });
/** Dates around the programme, where the bound's edges are: three years before to ten after. */
const nearProgrammeDate = fc
  .integer({ min: -3 * 366, max: 10 * 366 })
  .map((n) => addDays(START, n));

function fakeIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readText: (path) =>
      path in files ? Promise.resolve(files[path] ?? '') : Promise.reject(new Error('ENOENT')),
    writeText: () => Promise.resolve(),
    today: () => FULL_YEAR,
  };
  return { io, out, err };
}

describe('reportDateBounds', () => {
  it('runs from a year before the start to four years after the completion window', () => {
    expect(reportDateBounds(portfolio)).toEqual({ earliest: '2025-09-07', latest: '2031-09-07' });
    const longer = { ...portfolio, programme: { ...portfolio.programme, windowMonths: 24 } };
    expect(reportDateBounds(longer)).toEqual({ earliest: '2025-09-07', latest: '2032-09-07' });
  });
});

describe('portfolio:report bounds', () => {
  let dataDir: string;
  let services: AppServices;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pwp-report-bounds-'));
    services = createAppServices({
      dataDir,
      runtime: 'harness',
      version: '0',
      now: () => new Date('2027-02-02T09:15:00Z'),
    });
    const imported = await services.dispatch('portfolio:import', { text: portfolioText });
    expect(imported.ok).toBe(true);
  });
  afterAll(async () => {
    await services.library.closeCurrent();
    await rm(dataDir, { recursive: true, force: true });
  });

  type Answer = IpcResult<ChannelOutput<'portfolio:report'>>;
  const report = async (at: string) =>
    (await services.dispatch('portfolio:report', { at })) as Answer;
  const fieldsOf = (result: IpcResult<unknown>) => (result.ok ? [] : result.error.fields);

  it('refuses the date that used to exhaust memory, naming the field in words', async () => {
    const result = await report('9999-12-31');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.fields).toEqual([
      { path: 'at', message: 'Enter a date between 2000 and 2100' },
    ]);
  });

  it('refuses a date in range for records but outside the programme’s life', async () => {
    const result = await report('2040-01-01');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(fieldsOf(result)).toEqual([
      {
        path: 'at',
        message:
          'Choose a report date between 7 September 2025 and 7 September 2031: from a year ' +
          'before the start date to four years after the programme’s completion window',
      },
    ]);
  });

  it.each([
    ['the earliest date', '2025-09-07', true],
    ['the day before it', '2025-09-06', false],
    ['the latest date', '2031-09-07', true],
    ['the day after it', '2031-09-08', false],
  ])('on %s (%s) answers: %s', async (_name, at, ok) => {
    const result = await report(at);
    expect(result.ok).toBe(ok);
    if (!ok) expect(fieldsOf(result).map((f) => f.path)).toEqual(['at']);
  });

  it('reports today without a date, as the dashboard asks', async () => {
    const result = (await services.dispatch('portfolio:report', undefined)) as Answer;
    expect(result.ok && result.data.at).toBe('2027-02-02');
  });

  it('refuses any date or answers within a bounded size, across the whole calendar', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyCalendarDate, nearProgrammeDate), async (at) => {
        const began = performance.now();
        const result = await report(at);
        const elapsed = performance.now() - began;
        if (result.ok) {
          expect(result.data.at).toBe(at);
          expect(JSON.stringify(result.data).length).toBeLessThan(MAX_REPORT_BYTES);
        } else {
          expect(result.error.code).toBe('invalid-input');
          expect(fieldsOf(result).map((f) => f.path)).toEqual(['at']);
        }
        expect(elapsed).toBeLessThan(MAX_CALL_MS);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the rules themselves, whatever date they are asked for', () => {
  it('stay bounded for any date a record may carry, even outside the report bounds', () => {
    const recordDate = fc
      .integer({ min: 0, max: 36_890 })
      .map((n) => addDays('2000-01-01', n))
      .filter((date) => date <= '2100-12-31');
    fc.assert(
      fc.property(recordDate, (at) => {
        expect(JSON.stringify(progressReport(portfolio, at)).length).toBeLessThan(MAX_REPORT_BYTES);
      }),
      { numRuns: 25 },
    );
  });

  it('answer a far-off date with a report no larger than the programme’s own', () => {
    const size = (at: string) => JSON.stringify(progressReport(portfolio, at)).length;
    // The weekly caseload series is capped; everything else grows with the records only.
    expect(size('9999-12-25')).toBeLessThan(MAX_REPORT_BYTES);
  });
});

describe('pwp check --at', () => {
  it('refuses a date outside the programme’s life with the same words, exit code 2', async () => {
    for (const at of ['9999-12-31', '2040-01-01', '2025-09-06']) {
      const { io, out, err } = fakeIo({ 'p.json': portfolioText });
      expect(await run(['check', 'p.json', '--at', at], io)).toBe(2);
      expect(out).toEqual([]);
      expect(err.join('')).toContain(
        'Choose a report date between 7 September 2025 and 7 September 2031',
      );
    }
  });

  it('reports a date inside the bounds', async () => {
    const { io, out } = fakeIo({ 'p.json': portfolioText });
    expect(await run(['check', 'p.json', '--at', '2031-09-07', '--json'], io)).toBe(0);
    expect(out.join('').length).toBeLessThan(MAX_REPORT_BYTES * 3);
  });
});
