import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../electron/harness/args';

describe('harness arguments', () => {
  it('defaults to port 5178 and staying up', () => {
    expect(parseArgs([])).toEqual({ port: 5178, exitWithParent: false, open: false });
  });

  it('reads a port and --exit-with-parent', () => {
    expect(parseArgs(['--port', '0', '--exit-with-parent', '--open'])).toEqual({
      port: 0,
      exitWithParent: true,
      open: true,
    });
  });

  it('reads a start time for the clock, and refuses one that is not an instant', () => {
    expect(parseArgs(['--now', '2027-03-15T10:00:00Z']).now).toBe('2027-03-15T10:00:00Z');
    expect(() => parseArgs(['--now', 'next tuesday'])).toThrow(/now/);
  });

  it.each([
    [['--port', 'eighty'], /port/],
    [['--port', '70000'], /port/],
    [['--verbose'], /--verbose/],
  ])('refuses %j, naming the argument', (argv, pattern) => {
    expect(() => parseArgs(argv)).toThrow(pattern);
  });
});
