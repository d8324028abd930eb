import type { ErrorPayload } from './errors';

/** What every IPC call returns: errors are data, never thrown across the process boundary. */
export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: ErrorPayload };
