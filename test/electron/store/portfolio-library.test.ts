import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PortfolioLibrary } from '../../../electron/store/portfolio-library';
import { progressReport } from '../../../shared/domain/progress-report';
import { generatePortfolio } from '../../../shared/generator/synthetic-portfolio';
import { nobleVerifier } from '../../../shared/signing/verifier';
import { addContact } from '../../support/change-fixture';
import { snapshotDifferences, snapshotFolder } from '../../support/folder-snapshot';

const trainee = {
  name: 'Alex Morgan',
  university: 'University of Southampton',
  service: 'Steps2Wellbeing',
  cohort: 'September 2026',
  startDate: '2026-09-14',
  route: 'pgcert' as const,
};

describe('PortfolioLibrary', () => {
  let dataDir: string;
  let library: PortfolioLibrary;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pwp-library-'));
    library = new PortfolioLibrary(dataDir, () => new Date('2026-09-14T08:30:00Z'));
  });
  afterEach(async () => {
    await library.closeCurrent();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps each portfolio in its own folder as a readable JSON snapshot, with no temp files left', async () => {
    const summary = await library.create(trainee);
    const folder = join(library.folder, summary.id);
    expect((await readdir(folder)).sort()).toEqual(['journal.ndjson', 'lock', 'portfolio.json']);
    const json = JSON.parse(await readFile(join(folder, 'portfolio.json'), 'utf8')) as unknown;
    expect(json).toMatchObject({
      format: 'pwp-snapshot',
      formatVersion: 1,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
      document: { schemaVersion: 3, trainee, createdAt: '2026-09-14T08:30:00.000Z', journalSeq: 0 },
    });
  });

  it('lists portfolios, and opening another closes the first and releases its lock', async () => {
    const first = await library.create(trainee);
    const second = await library.create({ ...trainee, name: 'Robin Shah' });
    expect((await readdir(join(library.folder, first.id))).includes('lock')).toBe(false);
    expect((await library.list()).portfolios.map((s) => s.traineeName).sort()).toEqual([
      'Alex Morgan',
      'Robin Shah',
    ]);
    expect((await library.current())?.id).toBe(second.id);
    await library.open(first.id);
    expect((await library.current())?.id).toBe(first.id);
  });

  it('refuses a portfolio written by a newer version and leaves its bytes untouched', async () => {
    const folder = join(library.folder, 'future');
    await mkdir(folder, { recursive: true });
    const bytes = JSON.stringify({ schemaVersion: 99, id: 'future', whatever: true });
    await writeFile(join(folder, 'portfolio.json'), bytes);
    await expect(library.open('future')).rejects.toMatchObject({ code: 'file-from-newer-version' });
    expect(await readFile(join(folder, 'portfolio.json'), 'utf8')).toBe(bytes);
    expect(await readdir(folder)).toEqual(['portfolio.json']);
  });

  it.each([
    ['empty', ''],
    ['truncated', '{"schemaVersion":2,"id":"x","trai'],
    ['not a portfolio', '{"schemaVersion":2,"id":"damaged"}'],
    ['NUL bytes after a power cut', '\u0000'.repeat(64)],
  ])('reports a %s snapshot as corrupt and never rewrites it', async (_label, bytes) => {
    const folder = join(library.folder, 'damaged');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'portfolio.json'), bytes);
    await expect(library.open('damaged')).rejects.toMatchObject({ code: 'file-corrupt' });
    expect(await library.list()).toEqual({
      portfolios: [],
      unreadable: [
        {
          id: 'damaged',
          code: 'file-corrupt',
          problem: expect.objectContaining({ part: 'snapshot', kind: 'damaged' }) as unknown,
          recoverable: true,
          traineeName: null,
        },
      ],
    });
    expect(await readFile(join(folder, 'portfolio.json'), 'utf8')).toBe(bytes);
  });

  it('imports a portfolio file, validated as strictly as its own, and never over one already here', async () => {
    const text = JSON.stringify(
      generatePortfolio({ seed: 4, at: '2027-01-10', startDate: '2026-09-07' }).portfolio,
    );
    const summary = await library.importText(text);
    expect((await library.current())?.id).toBe(summary.id);
    await expect(library.importText(text)).rejects.toMatchObject({ code: 'portfolio-exists' });
    const broken = text.replace('"startDate":"2026-09-07"', '"startDate":"2026-09-31"');
    await expect(library.importText(broken.replace(summary.id, 'other-id'))).rejects.toMatchObject({
      code: 'file-corrupt',
      fields: [{ path: 'trainee.startDate' }],
    });
  });

  it('says a missing portfolio was not found', async () => {
    await expect(library.open('nope')).rejects.toMatchObject({ code: 'portfolio-not-found' });
  });

  it('refuses to recover an id that does not exist, changing nothing (the open portfolio stays open)', async () => {
    const summary = await library.create(trainee);
    await library.apply(addContact(1));
    const before = snapshotFolder(dataDir);
    await expect(library.recover('no-such-portfolio')).rejects.toMatchObject({
      code: 'portfolio-not-found',
    });
    expect(snapshotDifferences(before, snapshotFolder(dataDir))).toEqual([]);
    expect((await library.current())?.id).toBe(summary.id);
    await library.apply(addContact(2));
    expect(library.document().contacts).toHaveLength(2);
  });

  it('recovering a portfolio that opens changes nothing and says so', async () => {
    const summary = await library.create(trainee);
    await library.apply(addContact(1));
    const before = snapshotFolder(dataDir);
    const report = await library.recover(summary.id);
    expect(report).toMatchObject({ problem: null, keptDamagedAt: null, lost: { changes: 0 } });
    expect(snapshotDifferences(before, snapshotFolder(dataDir))).toEqual([]);
  });

  it('lists a portfolio whose journal is damaged in the middle, and recovers everything before the damage', async () => {
    const summary = await library.create(trainee);
    for (let n = 1; n <= 4; n += 1) await library.apply(addContact(n));
    // Leave the journal un-compacted, as a crash would, then damage its third line.
    const folder = join(library.folder, summary.id);
    const journalPath = join(folder, 'journal.ndjson');
    const journal = (await readFile(journalPath, 'utf8')).split('\n');
    await library.closeCurrent();
    journal[2] = (journal[2] ?? '').replace('"durationMinutes":30', '"durationMinutes":45');
    await writeFile(
      join(folder, 'portfolio.json'),
      await readFile(join(folder, 'backups', (await readdir(join(folder, 'backups')))[0] ?? '')),
    );
    await rm(join(folder, 'history'), { recursive: true, force: true });
    await writeFile(journalPath, journal.join('\n'));
    const listing = await library.list();
    expect(listing.unreadable).toEqual([
      {
        id: summary.id,
        code: 'file-corrupt',
        problem: expect.objectContaining({ part: 'journal', kind: 'damaged', seq: 3 }) as unknown,
        recoverable: true,
        traineeName: 'Alex Morgan',
      },
    ]);
    const report = await library.recover(summary.id);
    expect(report).toMatchObject({
      problem: { part: 'journal' },
      recoveredThrough: { seq: 2 },
      lost: { changes: 0, unreadableLines: 2 },
    });
    expect(library.document().contacts.map((c) => c.id)).toEqual(['contact-1', 'contact-2']);
    expect(await readFile(join(report.keptDamagedAt ?? '', 'journal.ndjson'), 'utf8')).toBe(
      journal.join('\n'),
    );
    // The recovered portfolio takes new changes, numbered on from what it holds.
    await library.apply(addContact(5));
    await library.closeCurrent();
    await library.open(summary.id);
    expect(library.document().contacts.map((c) => c.id)).toEqual([
      'contact-1',
      'contact-2',
      'contact-5',
    ]);
    expect((await library.history()).map((h) => h.seq)).toEqual([1, 2, 3]);
  });

  it('keeps the chosen role across restarts, and opens every portfolio read-only for another role', async () => {
    const summary = await library.create(trainee);
    await library.apply(addContact(1));
    expect(await library.settings()).toEqual({ role: 'trainee' });
    await library.setRole('educator');
    const restarted = new PortfolioLibrary(dataDir);
    expect(await restarted.settings()).toEqual({ role: 'educator' });
    expect(await library.current()).toMatchObject({ readOnly: true, readOnlyBecause: 'role' });
    const before = snapshotFolder(join(library.folder, summary.id));
    await expect(library.apply(addContact(2))).rejects.toMatchObject({ code: 'role-read-only' });
    await expect(library.create(trainee)).rejects.toMatchObject({ code: 'role-read-only' });
    expect(snapshotDifferences(before, snapshotFolder(join(library.folder, summary.id)))).toEqual(
      [],
    );
    await library.setRole('trainee');
    expect(await library.current()).toMatchObject({ readOnly: false });
    await library.apply(addContact(2));
    expect(library.document().contacts).toHaveLength(2);
  });

  it('reads a damaged settings file as the defaults, and never fails because of it', async () => {
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, 'settings.json'), '{"role":"superuser"');
    expect(await new PortfolioLibrary(dataDir).settings()).toEqual({ role: 'trainee' });
  });
});

describe('PortfolioLibrary: the example portfolio', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pwp-library-example-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('is generated once a day, and again on the next day', async () => {
    let now = new Date('2027-03-01T09:00:00Z');
    const library = new PortfolioLibrary(dataDir, () => now);
    await library.openExample();
    const first = library.document();
    await library.closeCurrent();
    now = new Date('2027-03-01T17:00:00Z');
    const summary = await library.openExample();
    expect(summary).toMatchObject({ readOnly: true, readOnlyBecause: 'example' });
    // The same year, not a new one: generating takes hundreds of milliseconds.
    expect(library.document()).toBe(first);
    expect(first).toEqual(generatePortfolio({ seed: 2027, at: '2027-03-01' }).portfolio);
    now = new Date('2027-03-02T09:00:00Z');
    await library.openExample();
    expect(library.document()).not.toBe(first);
    expect(library.document()).toEqual(
      generatePortfolio({ seed: 2027, at: '2027-03-02' }).portfolio,
    );
    await library.closeCurrent();
  });

  it('checks the open portfolio’s signatures with the verifier it is given', async () => {
    let calls = 0;
    const library = new PortfolioLibrary(dataDir, () => new Date('2027-04-01T09:00:00Z'), {
      verifier: {
        verify: (...args) => {
          calls += 1;
          return nobleVerifier.verify(...args);
        },
      },
    });
    await library.openExample();
    const portfolio = library.document();
    expect(calls).toBe(portfolio.signOffs.length);
    library.document();
    expect(calls).toBe(portfolio.signOffs.length);
    // The report then finds every signature checked, and all of the example's are good.
    const report = progressReport(portfolio, '2027-04-01', {
      verifier: {
        verify: () => {
          throw new Error('not asked again');
        },
      },
    });
    expect(report.signOffs.every((s) => s.status === 'valid')).toBe(true);
    await library.closeCurrent();
  });
});
