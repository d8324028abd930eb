import { describe, expect, it } from 'vitest';
import { checkMigrationOrder, migrate, migrations } from '../../../../shared/format/migrations';
import type { Migration } from '../../../../shared/format/migrations/migration';
import { CURRENT_SCHEMA_VERSION } from '../../../../shared/schemas/portfolio';

const step = (to: number): Migration => ({
  to,
  name: `step-${to}`,
  up: (d) => ({ ...d, schemaVersion: to, [`v${to}`]: true }),
});

describe('migrations', () => {
  it('end at the version this app writes', () => {
    expect(() => checkMigrationOrder(migrations, CURRENT_SCHEMA_VERSION)).not.toThrow();
  });

  it('run every pending step in order, and none already applied', () => {
    const list = [step(2), step(3), step(4)];
    expect(migrate({ schemaVersion: 2 }, list, 4)).toEqual({
      document: { schemaVersion: 4, v3: true, v4: true },
      applied: ['step-3', 'step-4'],
    });
    expect(migrate({ schemaVersion: 4 }, list, 4).applied).toEqual([]);
  });

  it('refuse to start with a list out of order or not ending at the current version', () => {
    expect(() => checkMigrationOrder([step(3), step(2)], 3)).toThrow(/out of order/);
    expect(() => checkMigrationOrder([step(2)], 3)).toThrow(/end at version 2/);
  });

  it('refuse a document from a newer version, and one without a version', () => {
    expect(() => migrate({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toThrow(
      expect.objectContaining({ code: 'file-from-newer-version' }) as Error,
    );
    expect(() => migrate({})).toThrow(expect.objectContaining({ code: 'file-corrupt' }) as Error);
  });
});
