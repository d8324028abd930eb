import type { UseFormReturn } from 'react-hook-form';

/** The error message of a (possibly nested) form field, if any. */
export function fieldError(form: UseFormReturn, path: string): string | undefined {
  let node: unknown = form.formState.errors;
  for (const key of path.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}
