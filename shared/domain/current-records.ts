/**
 * Corrections never erase: a record that has been corrected stays in the file, and the record
 * that corrects it names it in `amends.supersedes`. The rules count only the current version of
 * each entry, and only what has been submitted unless told otherwise.
 */
export interface Amendable {
  id: string;
  state: 'draft' | 'submitted';
  amends?: { supersedes: string; reason: string } | undefined;
}

/** Records that no other record supersedes. */
export function currentRecords<T extends Amendable>(records: readonly T[]): T[] {
  const superseded = new Set<string>();
  for (const record of records) if (record.amends) superseded.add(record.amends.supersedes);
  return records.filter((record) => !superseded.has(record.id));
}

/** Current records that have been submitted (drafts are the trainee's work in progress). */
export function countedRecords<T extends Amendable>(records: readonly T[]): T[] {
  return currentRecords(records).filter((record) => record.state === 'submitted');
}

/** The ids of records some other record supersedes, for showing "superseded" in history views. */
export function supersededIds(records: readonly Amendable[]): Set<string> {
  return new Set(records.flatMap((record) => (record.amends ? [record.amends.supersedes] : [])));
}
