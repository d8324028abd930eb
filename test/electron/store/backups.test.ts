import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_POLICY, backUpSnapshot, listBackups } from '../../../electron/store/backups';

describe('rolling backups', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'pwp-backups-'));
    await writeFile(join(folder, 'portfolio.json'), '{"snapshot":true}');
  });
  afterEach(async () => rm(folder, { recursive: true, force: true }));

  it(`keeps the last ${BACKUP_POLICY.recent} and the first of each of the last ${BACKUP_POLICY.dailyDays} days`, async () => {
    const backups = join(folder, 'backups');
    const start = Date.parse('2027-01-01T09:00:00Z');
    // Three backups a day for 20 days.
    for (let day = 0; day < 20; day += 1) {
      for (let n = 0; n < 3; n += 1) {
        await backUpSnapshot(
          join(folder, 'portfolio.json'),
          backups,
          new Date(start + day * 86_400_000 + n * 3_600_000),
        );
      }
    }
    const kept = await listBackups(backups);
    expect(kept.length).toBeLessThanOrEqual(BACKUP_POLICY.recent + BACKUP_POLICY.dailyDays);
    // The newest ten are all there…
    expect(kept.slice(0, 10)).toHaveLength(10);
    // …and one from each recent day, the first of that day.
    const days = new Set(kept.map((name) => name.slice(10, 18)));
    for (let day = 20 - BACKUP_POLICY.dailyDays; day < 20; day += 1) {
      const stamp = new Date(start + day * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
      expect(days.has(stamp)).toBe(true);
    }
    expect((await readdir(backups)).every((name) => name.endsWith('.json'))).toBe(true);
  });

  it('does nothing when there is no snapshot yet', async () => {
    await rm(join(folder, 'portfolio.json'));
    await backUpSnapshot(join(folder, 'portfolio.json'), join(folder, 'backups'), new Date());
    expect(await listBackups(join(folder, 'backups'))).toEqual([]);
  });
});
