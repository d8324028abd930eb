import type { z } from 'zod';
import type { ProgrammeDefinition } from '../schemas/programme';
import { programmeDefinitionSchema } from '../schemas/programme';

/** Any part of a programme, to lay over a base one. Lists replace the base list whole. */
export type ProgrammeOverrides = DeepPartial<ProgrammeDefinition>;
type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function merge(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(over)) return over;
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) result[key] = merge(base[key], value);
  return result;
}

/**
 * Lays a university's overrides over a base programme and validates the result as a whole, so
 * an override can never produce an inconsistent programme (e.g. a pass mark above 100 %).
 */
export function applyProgrammeOverrides(
  base: ProgrammeDefinition,
  overrides: unknown,
): z.ZodSafeParseResult<ProgrammeDefinition> {
  return programmeDefinitionSchema.safeParse(merge(base, overrides));
}
