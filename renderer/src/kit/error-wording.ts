import type { FieldValues } from 'react-hook-form';
import { dateError } from './DateInput';

/**
 * Better words for one field's error, given its path in the form, the schema's message and the
 * value as the form holds it; undefined keeps the schema's message. The shared schemas word their
 * messages for every caller (the IPC, the CLI, an imported file); a form knows its own labels and
 * what was typed, so it can follow the NHS.UK pattern: "Enter …" for an empty box, "Select …" for
 * a choice not made, and "[Label] must …" for the rest.
 */
export type Wording = (path: string, message: string, value: unknown) => string | undefined;

const isBlank = (value: unknown) =>
  value === '' ||
  value === null ||
  value === undefined ||
  (typeof value === 'number' && Number.isNaN(value)) ||
  (Array.isArray(value) && value.length === 0);

/** The value at a dotted path of the form's values (`measures.phq9`). */
export function valueAt(values: FieldValues, path: string): unknown {
  let node: unknown = values;
  for (const key of path.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * A form's wording from its labels: each date field's legend (for "… must include a year"), the
 * message for each field left empty, and anything else the form wants to say its own way.
 */
export function formWording({
  dates = {},
  empty = {},
  other,
}: {
  dates?: Readonly<Record<string, string>>;
  empty?: Readonly<Record<string, string>>;
  other?: Wording;
}): Wording {
  return (path, message, value) => {
    const legend = dates[path];
    if (legend !== undefined)
      return typeof value === 'string' ? dateError(legend, value) : undefined;
    const whenEmpty = empty[path];
    if (whenEmpty !== undefined && isBlank(value)) return whenEmpty;
    return other?.(path, message, value);
  };
}

/** react-hook-form's (nested) errors with each message put into the form's words. */
export function wordErrors<E extends object>(errors: E, values: FieldValues, wording: Wording): E {
  const walk = (node: unknown, path: string): unknown => {
    if (!node || typeof node !== 'object') return node;
    const message = (node as { message?: unknown }).message;
    if (typeof message === 'string') {
      const better = wording(path, message, valueAt(values, path));
      return better === undefined || better === message ? node : { ...node, message: better };
    }
    if (Array.isArray(node)) return node.map((item, index) => walk(item, `${path}.${index}`));
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [
        key,
        key === 'ref' ? value : walk(value, path === '' ? key : `${path}.${key}`),
      ]),
    );
  };
  return walk(errors, '') as E;
}

/** A resolver's result with its errors (if any) put into the form's words; its type unchanged. */
export function wordResult<R extends { errors: object }>(
  result: R,
  values: FieldValues,
  wording: Wording,
): R {
  if (Object.keys(result.errors).length === 0) return result;
  return { ...result, errors: wordErrors(result.errors, values, wording) };
}
