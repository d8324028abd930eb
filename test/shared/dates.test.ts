import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate, isInstant } from '../../shared/dates';

describe('isCalendarDate', () => {
  it.each([
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2026-03-29', true],
    ['2026-10-25', true],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['26-04-01', false],
    ['2026-4-1', false],
    ['2026-04-01T00:00:00Z', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it('accepts exactly the days a calendar has', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }),
        (d) => {
          expect(isCalendarDate(d.toISOString().slice(0, 10))).toBe(true);
        },
      ),
    );
  });
});

describe('isInstant', () => {
  it('needs a time zone, so a moment is never ambiguous', () => {
    expect(isInstant('2026-03-29T01:30:00Z')).toBe(true);
    expect(isInstant('2026-03-29T01:30:00+01:00')).toBe(true);
    expect(isInstant('2026-03-29T01:30:00')).toBe(false);
    expect(isInstant('2026-03-29')).toBe(false);
  });
});
