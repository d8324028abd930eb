import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isCalendarDate, localToday } from '../../shared/dates';

/**
 * Today is the local calendar date of the computer, not the UTC date. Vitest sets
 * `process.env.TZ` too late for `Date`, so the machine's-zone case runs in a child `node` with
 * `TZ=Europe/London`; the explicit-offset form is tested here directly.
 */

const datesModule = fileURLToPath(new URL('../../shared/dates.ts', import.meta.url));

/** `localToday(new Date(instant))` as a child process in `timeZone` computes it. */
function localTodayIn(timeZone: string, instants: string[]): string[] {
  const script = `
    const { localToday } = await import(${JSON.stringify(datesModule)});
    const instants = ${JSON.stringify(instants)};
    process.stdout.write(JSON.stringify(instants.map((i) => localToday(new Date(i)))));
  `;
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    { env: { ...process.env, TZ: timeZone }, encoding: 'utf8' },
  );
  return JSON.parse(output) as string[];
}

describe('localToday', () => {
  it('at 00:30 BST (23:30 UTC the day before) is already the new day in Europe/London', () => {
    expect(
      localTodayIn('Europe/London', [
        '2026-06-05T23:30:00Z', // 00:30 BST on 6 June
        '2026-06-06T00:30:00Z', // 01:30 BST on 6 June
        '2026-06-06T22:59:59Z', // 23:59:59 BST on 6 June
        '2026-12-05T23:30:00Z', // 23:30 GMT on 5 December: no offset in winter
        '2026-03-29T00:30:00Z', // 00:30 GMT, just before the clocks go forward
        '2026-10-24T23:30:00Z', // 00:30 BST on 25 October, the night the clocks go back
      ]),
    ).toEqual(['2026-06-06', '2026-06-06', '2026-06-06', '2026-12-05', '2026-03-29', '2026-10-25']);
  });

  it('is the UTC date only where the zone is UTC', () => {
    expect(localTodayIn('UTC', ['2026-06-05T23:30:00Z'])).toEqual(['2026-06-05']);
  });

  it('with an explicit offset: 00:30 BST is the new day, 23:30 GMT is still the old one', () => {
    expect(localToday(new Date('2026-06-05T23:30:00Z'), 60)).toBe('2026-06-06');
    expect(localToday(new Date('2026-06-05T23:30:00Z'), 0)).toBe('2026-06-05');
  });

  it('for any moment and offset: the date a clock that far from UTC shows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (ms, offset) => {
          const now = new Date(ms);
          const today = localToday(now, offset);
          expect(isCalendarDate(today)).toBe(true);
          const utcDate = now.toISOString().slice(0, 10);
          // Within a day of the UTC date, on the side the offset points to.
          const minutesOfDay = now.getUTCHours() * 60 + now.getUTCMinutes();
          const shifted = minutesOfDay + offset;
          const expected =
            shifted >= 24 * 60 ? addDays(utcDate, 1) : shifted < 0 ? addDays(utcDate, -1) : utcDate;
          expect(today).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("in this process, is the machine's own calendar date", () => {
    const now = new Date();
    expect(localToday(now)).toBe(localToday(now, -now.getTimezoneOffset()));
  });
});
