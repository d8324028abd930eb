import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PortfolioLibrary } from '../../../electron/store/portfolio-library';

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
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pwp-library-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes a new portfolio as readable JSON and leaves no temp files behind', async () => {
    const library = new PortfolioLibrary(dataDir, () => new Date('2026-09-14T08:30:00Z'));
    const summary = await library.create(trainee);
    const files = await readdir(library.folder);
    expect(files).toEqual([`${summary.id}.pwp.json`]);
    const json = JSON.parse(
      await readFile(join(library.folder, files[0] ?? ''), 'utf8'),
    ) as unknown;
    expect(json).toMatchObject({
      schemaVersion: 1,
      trainee,
      createdAt: '2026-09-14T08:30:00.000Z',
    });
  });

  it('refuses a file written by a newer version and leaves its bytes untouched', async () => {
    const library = new PortfolioLibrary(dataDir);
    await mkdir(library.folder, { recursive: true });
    const path = join(library.folder, 'future.pwp.json');
    const bytes = JSON.stringify({ schemaVersion: 99, id: 'future', whatever: true });
    await writeFile(path, bytes);
    await expect(library.open('future')).rejects.toMatchObject({ code: 'file-from-newer-version' });
    expect(await readFile(path, 'utf8')).toBe(bytes);
  });

  it.each([
    ['empty', ''],
    ['truncated', '{"schemaVersion":1,"id":"x","trai'],
    ['not a portfolio', '{"schemaVersion":1,"id":"damaged"}'],
    ['NUL bytes after a power cut', '\u0000'.repeat(64)],
  ])('reports a %s file as corrupt and never rewrites it', async (_label, bytes) => {
    const library = new PortfolioLibrary(dataDir);
    await mkdir(library.folder, { recursive: true });
    const path = join(library.folder, 'damaged.pwp.json');
    await writeFile(path, bytes);
    await expect(library.open('damaged')).rejects.toMatchObject({ code: 'file-corrupt' });
    expect(await library.list()).toEqual([]);
    expect(await readFile(path, 'utf8')).toBe(bytes);
  });

  it('says a missing portfolio was not found', async () => {
    await expect(new PortfolioLibrary(dataDir).open('nope')).rejects.toMatchObject({
      code: 'portfolio-not-found',
    });
  });
});
