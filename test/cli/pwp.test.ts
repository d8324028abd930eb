import { describe, expect, it } from 'vitest';
import type { Io } from '../../cli/main';
import { run } from '../../cli/main';
import { parseCommand } from '../../cli/args';
import { progressReport } from '../../shared/domain/progress-report';
import { generatePortfolio } from '../../shared/generator/synthetic-portfolio';
import { programmeDaysLead } from '../../shared/presentation/programme-days-table';
import { supervisionLead } from '../../shared/presentation/supervision-words';
import { glanceTiles } from '../../shared/presentation/tiles';

function fakeIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readText: (path) =>
      path in files
        ? Promise.resolve(files[path] ?? '')
        : Promise.reject(new Error('ENOENT: no such file')),
    writeText: (path, text) => {
      files[path] = text;
      return Promise.resolve();
    },
    today: () => '2027-08-31',
  };
  return { io, out, err, files };
}

const yearJson = JSON.stringify(
  generatePortfolio({ seed: 3, at: '2027-09-03', startDate: '2026-09-07' }).portfolio,
);

describe('pwp check', () => {
  it('prints the progress and readiness report of a full-year portfolio', async () => {
    const { io, out } = fakeIo({ 'p.json': yearJson });
    expect(await run(['check', 'p.json', '--at', '2027-09-03'], io)).toBe(0);
    const text = out.join('');
    expect(text).toContain('Your progress as of 3 Sep 2027');
    expect(text).toContain('which closes on 6 Sep 2027');
    expect(text).toContain('Behavioural activation');
    expect(text).toMatch(/^(Ready for the exam board|Not ready for the exam board yet)$/m);
  });

  it('prints the dashboard’s own sentences, tiles and next steps', async () => {
    const at = '2027-05-10';
    const portfolio = generatePortfolio({ seed: 3, at, completeness: 'behind' }).portfolio;
    const { io, out } = fakeIo({ 'p.json': JSON.stringify(portfolio) });
    expect(await run(['check', 'p.json', '--at', at], io)).toBe(0);
    const text = out.join('');
    const report = progressReport(portfolio, at);
    for (const tile of glanceTiles(report)) {
      expect(text).toContain(`${tile.title}: ${tile.value}`);
      expect(text).toContain(tile.detail);
    }
    expect(text).toContain(programmeDaysLead(report.days));
    expect(text).toContain(supervisionLead(report.supervision));
    expect(text).toContain('Not ready for the exam board yet');
    expect(text).toContain('→ Log a programme day: Programme days screen, new entry');
    expect(text).toMatch(
      /→ Ask your supervisor .*; their sign-off arrives as a file in a later version\./,
    );
    // Dates the NHS way, as on the dashboard, never as ISO dates.
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  });

  it('prints the documented JSON report with --json', async () => {
    const { io, out } = fakeIo({ 'p.json': yearJson });
    expect(await run(['check', 'p.json', '--at', '2027-09-03', '--json'], io)).toBe(0);
    const report = JSON.parse(out.join('')) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining([
        'reportFormatVersion',
        'at',
        'days',
        'interventions',
        'caseload',
        'supervision',
        'practiceHours',
        'practiceOutcomes',
        'readiness',
      ]),
    );
    expect(report.at).toBe('2027-09-03');
  });

  it.each([
    ['not JSON', '{"schemaVersion": 2,', /not a readable portfolio file/],
    [
      'a bad field',
      yearJson.replace('"durationMinutes":', '"durationMinutes":-5,"x":'),
      /contacts\.\d+\.durationMinutes/,
    ],
    [
      'an NHS number in a note',
      yearJson.replace('"title":"', '"title":"NHS 943 476 5919 '),
      /looks like an NHS number/,
    ],
    ['a newer format', JSON.stringify({ schemaVersion: 99 }), /newer version/],
  ])('refuses %s with the field path, exit code 2', async (_label, text, pattern) => {
    const { io, err } = fakeIo({ 'p.json': text });
    expect(await run(['check', 'p.json'], io)).toBe(2);
    expect(err.join('')).toMatch(pattern);
  });

  it('says when the file cannot be read', async () => {
    const { io, err } = fakeIo();
    expect(await run(['check', 'missing.json'], io)).toBe(2);
    expect(err.join('')).toContain('cannot read missing.json');
  });
});

describe('pwp example and schema', () => {
  it('writes the same realistic portfolio for the same seed', async () => {
    const first = fakeIo();
    const second = fakeIo();
    await run(['example', '--seed', '7', '--at', '2027-03-01', '--out', 'a.json'], first.io);
    await run(['example', '--seed', '7', '--at', '2027-03-01', '--out', 'a.json'], second.io);
    expect(first.files['a.json']).toBe(second.files['a.json']);
    const checked = fakeIo({ 'a.json': first.files['a.json'] ?? '' });
    expect(await run(['check', 'a.json', '--at', '2027-03-01'], checked.io)).toBe(0);
  });

  it('prints a JSON Schema of the portfolio file', async () => {
    const { io, out } = fakeIo();
    expect(await run(['schema'], io)).toBe(0);
    const schema = JSON.parse(out.join('')) as {
      type: string;
      properties: Record<string, unknown>;
    };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['schemaVersion', 'trainee', 'contacts', 'signOffs']),
    );
  });
});

describe('pwp arguments', () => {
  it.each([
    [['check'], /exactly one portfolio file/],
    [['check', 'a.json', '--at', '2027-02-30'], /--at must be a real date/],
    [['check', 'a.json', '--at'], /--at needs a value/],
    [['example', '--seed', 'abc'], /--seed/],
    [['example', '--route', 'phd'], /--route/],
    [['frobnicate'], /Unknown command frobnicate/],
    [['check', 'a.json', '--verbose'], /Unknown option --verbose/],
  ])('refuses %j, naming the argument', (argv, pattern) => {
    const parsed = parseCommand(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(pattern);
  });

  it('exits 2 and prints usage for bad arguments', async () => {
    const { io, err } = fakeIo();
    expect(await run(['check'], io)).toBe(2);
    expect(err.join('')).toContain('Usage:');
  });
});
