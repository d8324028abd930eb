import { AppError } from '../../errors';
import { CURRENT_SCHEMA_VERSION } from '../../schemas/portfolio';
import { addProgrammeAndRecords } from './0002-add-programme-and-records';
import { hashEachSignedRecord } from './0003-hash-each-signed-record';
import type { Migration } from './migration';

/** Every migration, oldest first. Add new steps at the end, one file each. */
export const migrations: readonly Migration[] = [addProgrammeAndRecords, hashEachSignedRecord];

/** Refuses to start with a list that has gaps, repeats or does not end at the current version. */
export function checkMigrationOrder(list: readonly Migration[], current: number): void {
  list.forEach((migration, index) => {
    if (migration.to !== index + 2)
      throw new Error(
        `Migration ${migration.name} is out of order (expected version ${index + 2}).`,
      );
  });
  const last = list.at(-1)?.to ?? 1;
  if (last !== current)
    throw new Error(`Migrations end at version ${last}, but the app writes version ${current}.`);
}

export interface MigrationResult {
  document: Record<string, unknown>;
  applied: string[];
}

/**
 * Brings a document up to the current version in memory; the caller validates the result and
 * writes it once. A document newer than the app is refused and never touched.
 */
export function migrate(
  document: Record<string, unknown>,
  list: readonly Migration[] = migrations,
  current: number = CURRENT_SCHEMA_VERSION,
): MigrationResult {
  checkMigrationOrder(list, current);
  const version = document.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new AppError('file-corrupt', 'The file has no valid schemaVersion.');
  }
  if (version > current) throw new AppError('file-from-newer-version');
  let migrated = document;
  const applied: string[] = [];
  for (const migration of list.slice(version - 1)) {
    migrated = migration.up(migrated);
    applied.push(migration.name);
  }
  return { document: migrated, applied };
}
