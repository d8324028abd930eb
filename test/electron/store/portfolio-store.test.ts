import {
  appendFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  truncate,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JournalWriter } from '../../../electron/store/journal';
import {
  historyItems,
  PortfolioStore,
  recoverPortfolio,
  storePaths,
} from '../../../electron/store/portfolio-store';
import { addContact } from '../../support/change-fixture';
import { emptyPortfolio } from '../../support/portfolio-fixture';

const author = { by: 'Sam Patel' };

describe('PortfolioStore', () => {
  let folder: string;
  const open: PortfolioStore[] = [];
  const track = (store: PortfolioStore) => (open.push(store), store);
  beforeEach(async () => {
    folder = join(await mkdtemp(join(tmpdir(), 'pwp-store-')), 'p1');
  });
  afterEach(async () => {
    for (const store of open.splice(0)) await store.close().catch(() => undefined);
    await rm(join(folder, '..'), { recursive: true, force: true });
  });

  const create = async (compactEvery?: number) =>
    track(
      await PortfolioStore.create(folder, emptyPortfolio(), compactEvery ? { compactEvery } : {}),
    );
  const reopen = async (store: PortfolioStore) => {
    await store.close();
    open.splice(open.indexOf(store), 1);
    return track(await PortfolioStore.open(folder));
  };

  it('keeps every acknowledged change across close and reopen', async () => {
    const store = await create();
    for (let n = 1; n <= 5; n += 1) await store.apply(addContact(n), author);
    const again = await reopen(store);
    expect(again.data.contacts.map((c) => c.id)).toEqual([
      'contact-1',
      'contact-2',
      'contact-3',
      'contact-4',
      'contact-5',
    ]);
  });

  it('writes one journal line per save and replays it when the app was not closed cleanly', async () => {
    const store = await create();
    await store.apply(addContact(1), author);
    const journal = await readFile(storePaths(folder).journal, 'utf8');
    expect(journal.split('\n').filter(Boolean)).toHaveLength(1);
    // Simulate a crash: the lock and journal stay behind, nothing is compacted.
    await store.simulateCrash();
    const crashed = track(await PortfolioStore.open(folder));
    expect(crashed.data.contacts).toHaveLength(1);
    open.splice(open.indexOf(store), 1);
  });

  it('refuses an invalid change with the field named, and changes nothing in memory or on disk', async () => {
    const store = await create();
    await store.apply(addContact(1), author);
    const before = await readFile(storePaths(folder).journal, 'utf8');
    await expect(
      store.apply(addContact(2, { measures: { phq9: 31 } }), author),
    ).rejects.toMatchObject({
      code: 'invalid-input',
      fields: [{ path: 'record.measures.phq9', message: 'The PHQ-9 score cannot be above 27' }],
    });
    await expect(
      store.apply(addContact(3, { notes: 'NHS number 943 476 5919' }), author),
    ).rejects.toMatchObject({
      code: 'invalid-input',
    });
    expect(store.data.contacts).toHaveLength(1);
    expect(await readFile(storePaths(folder).journal, 'utf8')).toBe(before);
  });

  it('reports a full disk as a clear message and keeps memory and disk as they were', async () => {
    const store = await create();
    await store.apply(addContact(1), author);
    const spy = vi
      .spyOn(JournalWriter.prototype, 'append')
      .mockRejectedValueOnce(
        Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }),
      );
    await expect(store.apply(addContact(2), author)).rejects.toMatchObject({
      code: 'storage-failed',
      message: expect.stringContaining('the disk is full') as unknown,
    });
    spy.mockRestore();
    expect(store.data.contacts).toHaveLength(1);
    await store.apply(addContact(3), author);
    const again = await reopen(store);
    expect(again.data.contacts.map((c) => c.id)).toEqual(['contact-1', 'contact-3']);
  });

  it.each([
    ['EACCES', 'the folder cannot be written to'],
    ['EROFS', 'the folder cannot be written to'],
    ['ENOSPC', 'the disk is full'],
  ])('explains a %s failure in plain words', async (code, words) => {
    const store = await create();
    const spy = vi
      .spyOn(JournalWriter.prototype, 'append')
      .mockRejectedValueOnce(Object.assign(new Error(code), { code }));
    await expect(store.apply(addContact(1), author)).rejects.toMatchObject({
      code: 'storage-failed',
      message: expect.stringContaining(words) as unknown,
    });
    spy.mockRestore();
    expect(store.data.contacts).toEqual([]);
  });

  it('upgrades a version-1 portfolio on open, writes it once and keeps the old file as a backup', async () => {
    const paths = storePaths(folder);
    await mkdir(folder, { recursive: true });
    const version1 = {
      schemaVersion: 1,
      id: 'p1',
      createdAt: '2026-09-14T08:30:00.000Z',
      updatedAt: '2026-09-14T08:30:00.000Z',
      trainee: {
        name: 'Alex Morgan',
        university: 'University of Southampton',
        service: 'Steps2Wellbeing',
        cohort: 'September 2026',
        startDate: '2026-09-14',
      },
    };
    await writeFile(paths.snapshot, JSON.stringify(version1));
    const store = track(await PortfolioStore.open(folder));
    expect(store.data.schemaVersion).toBe(3);
    expect(store.data.trainee.route).toBe('pgcert');
    const [backup] = await readdir(paths.backups);
    expect(JSON.parse(await readFile(join(paths.backups, backup ?? ''), 'utf8'))).toEqual(version1);
    expect(JSON.parse(await readFile(paths.snapshot, 'utf8'))).toMatchObject({
      format: 'pwp-snapshot',
      document: { schemaVersion: 3 },
    });
  });

  it('refuses an invalid person before acknowledging it, so nothing unreadable reaches the journal', async () => {
    const store = await create();
    await expect(
      store.apply(
        {
          type: 'person-put',
          person: { id: 'sup-9', name: '   ', role: 'supervisor', supervisorTrained: true },
        },
        author,
      ),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await readFile(storePaths(folder).journal, 'utf8')).toBe('');
  });

  it('keeps only what the record schema accepted in the journal, never extra keys', async () => {
    const store = await create();
    const change = addContact(1) as {
      type: 'record-add';
      collection: 'contacts';
      record: Record<string, unknown> & { id: string };
    };
    await store.apply(
      { ...change, record: { ...change.record, patientNhs: '943 476 5919', notes: '  padded  ' } },
      author,
    );
    const journal = await readFile(storePaths(folder).journal, 'utf8');
    expect(journal).not.toContain('943 476 5919');
    expect(journal).toContain('"notes":"padded"');
  });

  it('names history segments by the changes they hold, so a later restore replays in order', async () => {
    const store = await create(3);
    for (let n = 1; n <= 7; n += 1) await store.apply(addContact(n), author);
    await store.close();
    open.splice(0);
    const paths = storePaths(folder);
    await writeFile(paths.snapshot, 'damaged');
    await recoverPortfolio(folder, new Date('2027-01-01T00:00:00Z'));
    const restored = track(await PortfolioStore.open(folder, { compactEvery: 3 }));
    for (let n = 8; n <= 9; n += 1) await restored.apply(addContact(n), author);
    const history = await restored.history();
    expect(history.map((h) => h.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(restored.data.contacts).toHaveLength(9);
  });

  it('drops a torn last line, which was never acknowledged', async () => {
    const store = await create();
    await store.apply(addContact(1), author);
    await store.apply(addContact(2), author);
    const paths = storePaths(folder);
    const journal = await readFile(paths.journal, 'utf8');
    open.splice(open.indexOf(store), 1);
    await store.simulateCrash();
    await truncate(paths.journal, Buffer.byteLength(journal) - 10);
    const again = track(await PortfolioStore.open(folder));
    expect(again.data.contacts.map((c) => c.id)).toEqual(['contact-1']);
  });

  it('refuses to open when a line in the middle of the journal was altered, leaving every file as it was', async () => {
    const store = await create();
    for (let n = 1; n <= 3; n += 1) await store.apply(addContact(n), author);
    const paths = storePaths(folder);
    open.splice(open.indexOf(store), 1);
    await store.simulateCrash();
    const journal = await readFile(paths.journal, 'utf8');
    const altered = journal.replace('"durationMinutes":30', '"durationMinutes":90');
    await writeFile(paths.journal, altered);
    const snapshot = await readFile(paths.snapshot, 'utf8');
    await expect(PortfolioStore.open(folder)).rejects.toMatchObject({ code: 'file-corrupt' });
    expect(await readFile(paths.journal, 'utf8')).toBe(altered);
    expect(await readFile(paths.snapshot, 'utf8')).toBe(snapshot);
  });

  it('lets only one writer open a portfolio, and takes over a lock left by a dead process', async () => {
    await create();
    await expect(PortfolioStore.open(folder)).rejects.toMatchObject({ code: 'portfolio-locked' });
    const paths = storePaths(folder);
    for (const store of open.splice(0)) await store.close();
    await writeFile(
      paths.lock,
      JSON.stringify({ pid: 2 ** 22 + 17, host: (await import('node:os')).hostname(), since: 'x' }),
    );
    track(await PortfolioStore.open(folder));
  });

  it('compacts every N changes into a new snapshot, keeping the history and a backup', async () => {
    const store = await create(3);
    for (let n = 1; n <= 7; n += 1) await store.apply(addContact(n), author);
    await store.close();
    open.splice(0);
    const paths = storePaths(folder);
    expect(await readdir(paths.history)).toEqual([
      '000000001-000000003.ndjson',
      '000000004-000000006.ndjson',
      '000000007-000000007.ndjson',
    ]);
    expect((await readdir(paths.backups)).length).toBeGreaterThanOrEqual(2);
    const again = track(await PortfolioStore.open(folder));
    const history = historyItems(await again.history());
    expect(history.map((h) => h.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(history[0]).toMatchObject({
      by: 'Sam Patel',
      action: 'record-add',
      collection: 'contacts',
      recordId: 'contact-1',
    });
  });

  it('records who, when, what and why for a correction, and keeps what it corrects', async () => {
    const store = await create();
    await store.apply(addContact(1), author);
    const { record } = addContact(2, { durationMinutes: 45 }) as {
      record: Record<string, unknown> & { id: string };
    };
    await store.apply(
      {
        type: 'record-amend',
        collection: 'contacts',
        supersedes: 'contact-1',
        reason: 'Session ran long',
        record,
      },
      author,
    );
    expect(store.data.contacts.map((c) => c.id)).toEqual(['contact-1', 'contact-2']);
    const [, amendment] = historyItems(await store.history());
    expect(amendment).toMatchObject({
      action: 'record-amend',
      reason: 'Session ran long',
      recordId: 'contact-2',
    });
    await expect(
      store.apply(
        {
          type: 'record-amend',
          collection: 'contacts',
          supersedes: 'contact-1',
          reason: 'Again',
          record: { ...record, id: 'contact-3' },
        },
        author,
      ),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('recovers from a damaged snapshot: keeps the damaged file aside, restores the backup and replays the history', async () => {
    const store = await create(2);
    for (let n = 1; n <= 5; n += 1) await store.apply(addContact(n), author);
    await store.close();
    open.splice(0);
    const paths = storePaths(folder);
    await writeFile(paths.snapshot, '\u0000'.repeat(100));
    await expect(PortfolioStore.open(folder)).rejects.toMatchObject({ code: 'file-corrupt' });
    const outcome = await recoverPortfolio(folder, new Date('2026-11-01T12:00:00Z'));
    expect(outcome).toMatchObject({
      problem: { part: 'snapshot', kind: 'damaged' },
      base: { kind: 'backup' },
      lost: { changes: 0, unreadableLines: 0 },
    });
    expect(await readFile(join(outcome.keptDamagedAt ?? '', 'portfolio.json'), 'utf8')).toBe(
      '\u0000'.repeat(100),
    );
    const again = track(await PortfolioStore.open(folder));
    expect(again.data.contacts).toHaveLength(5);
  });

  it('never leaves a half-written line before the next one when an append fails part-way', async () => {
    const store = await create();
    await store.apply(addContact(1), author);
    const paths = storePaths(folder);
    // A torn tail left by a crash during append is cut off when the journal is opened again.
    open.splice(open.indexOf(store), 1);
    await store.simulateCrash();
    await appendFile(paths.journal, 'abcdef0123456789 {"seq":2,"at":');
    const again = track(await PortfolioStore.open(folder));
    await again.apply(addContact(3), author);
    const third = track(await reopen(again));
    expect(third.data.contacts.map((c) => c.id)).toEqual(['contact-1', 'contact-3']);
  });

  it('detects a byte changed inside a string of the snapshot (its checksum fails) and writes nothing', async () => {
    const store = await create();
    await store.apply(addContact(1), author);
    await store.close();
    open.splice(0);
    const paths = storePaths(folder);
    const text = await readFile(paths.snapshot, 'utf8');
    expect(text).toContain('PT-0001');
    // Change one letter of a stored text: still valid JSON, still a valid portfolio.
    const altered = text.replace('PT-0001', 'PT-0007');
    expect(altered).not.toBe(text);
    await writeFile(paths.snapshot, altered);
    await expect(PortfolioStore.open(folder)).rejects.toMatchObject({ code: 'file-corrupt' });
    expect(await readFile(paths.snapshot, 'utf8')).toBe(altered);
  });

  it('opens a snapshot written before checksums existed, and seals it', async () => {
    const store = await create();
    await store.apply(addContact(1), author);
    await store.close();
    open.splice(0);
    const paths = storePaths(folder);
    const sealed = JSON.parse(await readFile(paths.snapshot, 'utf8')) as { document: unknown };
    await writeFile(paths.snapshot, JSON.stringify(sealed.document));
    const again = track(await PortfolioStore.open(folder));
    expect(again.data.contacts).toHaveLength(1);
    expect(JSON.parse(await readFile(paths.snapshot, 'utf8'))).toMatchObject({
      format: 'pwp-snapshot',
    });
  });
});
