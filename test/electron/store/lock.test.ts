import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PortfolioLock, removeLockLeftovers } from '../../../electron/store/lock';
import { PortfolioStore } from '../../../electron/store/portfolio-store';
import { addContact } from '../../support/change-fixture';
import { emptyPortfolio } from '../../support/portfolio-fixture';

const run = promisify(execFile);
const CHILD = join(import.meta.dirname, 'lock-child.ts');
const now = new Date('2026-12-01T10:00:00Z');

describe('PortfolioLock', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'pwp-lock-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('lets exactly one of many simultaneous opens in one process write, in every trial', async () => {
    for (let trial = 0; trial < 50; trial += 1) {
      const p = join(folder, `p${trial}`);
      await PortfolioStore.create(p, emptyPortfolio()).then((s) => s.close());
      const results = await Promise.allSettled([PortfolioStore.open(p), PortfolioStore.open(p)]);
      const opened = results.filter((r) => r.status === 'fulfilled');
      expect(opened).toHaveLength(1);
      expect(results.find((r) => r.status === 'rejected')).toMatchObject({
        reason: { code: 'portfolio-locked' },
      });
      const store = (opened[0] as PromiseFulfilledResult<PortfolioStore>).value;
      await store.apply(addContact(1), { by: 'test' });
      await store.close();
      const again = await PortfolioStore.open(p);
      expect(again.data.contacts).toHaveLength(1);
      await again.close();
    }
  });

  it('lets exactly one of several processes racing for the same lock hold it at any moment', async () => {
    const path = join(folder, 'lock');
    const startAt = Date.now() + 1500;
    const outputs = await Promise.all(
      Array.from({ length: 4 }, () =>
        run(process.execPath, ['--import', 'tsx', CHILD, path, String(startAt), '300']).then(
          (r) => r.stdout,
        ),
      ),
    );
    const winners = outputs.filter((o) => o.startsWith('won'));
    expect(winners).toHaveLength(1);
    expect(outputs.filter((o) => o.startsWith('lost portfolio-locked'))).toHaveLength(3);
    expect(await readdir(folder)).toEqual([]);
  }, 30_000);

  it('is never seen empty: its contents are complete the moment it exists', async () => {
    const path = join(folder, 'lock');
    const lock = await PortfolioLock.acquire(path, now);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ pid: process.pid });
    expect(await readdir(folder)).toEqual(['lock']);
    await lock.release();
    expect(await readdir(folder)).toEqual([]);
  });

  it.each([
    ['empty', ''],
    ['unreadable', '{"pid":'],
    ['of a dead process on this machine', JSON.stringify({ pid: 2 ** 22 + 17, host: hostname() })],
  ])('takes over a lock that is %s at once', async (_kind, text) => {
    const path = join(folder, 'lock');
    await writeFile(path, text);
    const started = Date.now();
    const lock = await PortfolioLock.acquire(path, now);
    expect(Date.now() - started).toBeLessThan(1000);
    await lock.release();
  });

  it('respects a lock held by a live process or by another computer', async () => {
    const path = join(folder, 'lock');
    for (const owner of [
      { pid: process.ppid, host: hostname(), since: 'x' },
      { pid: 1, host: 'another-computer', since: 'x' },
    ]) {
      await writeFile(path, JSON.stringify(owner));
      await expect(PortfolioLock.acquire(path, now)).rejects.toMatchObject({
        code: 'portfolio-locked',
      });
      expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(owner);
    }
  });

  it('removes lock temp files left by killed processes, but not fresh ones', async () => {
    const path = join(folder, 'lock');
    await writeFile(`${path}.123.aaaaaa.tmp`, '{}');
    await writeFile(`${path}.123.bbbbbb.stale`, '{}');
    await writeFile(`${path}.${process.pid}.cccccc.tmp`, '{}');
    await writeFile(`${path}.${2 ** 22 + 17}.dddddd.tmp`, '{}');
    const old = new Date(Date.now() - 120_000);
    await utimes(`${path}.123.aaaaaa.tmp`, old, old);
    await utimes(`${path}.123.bbbbbb.stale`, old, old);
    await removeLockLeftovers(path, new Date());
    expect(await readdir(folder)).toEqual([`lock.${process.pid}.cccccc.tmp`]);
  });
});
