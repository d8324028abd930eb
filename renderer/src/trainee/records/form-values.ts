import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import { z } from 'zod';

const META = { id: 'form-record', recordedAt: '2000-01-01T00:00:00Z', state: 'draft' };
const META_KEYS = new Set(['id', 'recordedAt', 'state', 'amends']);

/** Form values → the record fields to send: optional fields left empty are left out. */
export function toRecordFields(
  values: FieldValues,
  optional: readonly string[],
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (META_KEYS.has(key)) continue;
    if (optional.includes(key) && (value === '' || value === undefined || value === null)) continue;
    fields[key] = value;
  }
  return fields;
}

/** A record → form values (the inverse, for editing a draft or correcting an entry). */
export function toFormValues(record: object): FieldValues {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !META_KEYS.has(key)));
}

/**
 * Validates a form with the record's own zod schema — the very schema the main process applies —
 * filling in the fields the main process sets (id, time written), so the two never disagree.
 */
export function recordResolver(schema: z.ZodType, optional: readonly string[]): Resolver {
  const withMeta = z.preprocess(
    (values) => ({ ...toRecordFields(values as FieldValues, optional), ...META }),
    schema,
  ) as unknown as z.ZodType<FieldValues, FieldValues>;
  // The form is deliberately loosely typed (one editor serves every kind of record); the schema
  // still checks every field.
  return zodResolver(withMeta);
}

/** `record.measures.phq9` (a path from the main process) → `measures.phq9` (a form field). */
export function formPath(path: string): string {
  return path.replace(/^record\./, '');
}

/** Turns a number input's text into a number, or undefined when it is empty. */
export const asOptionalNumber = (value: unknown) =>
  value === '' || value === null || value === undefined ? undefined : Number(value);
