import type { Mock } from 'vitest';
import { vi } from 'vitest';
import type { ErrorCode, FieldIssue } from '../../shared/errors';
import { toErrorPayload } from '../../shared/errors';
import type { PwpApi } from '../../shared/ipc-channels';
import { ipcChannels, methodName } from '../../shared/ipc-channels';

/** The renderer's `api` with a `vi.fn()` for every channel, typed as the real methods are. */
export type ApiFake = { [Method in keyof PwpApi]: Mock<PwpApi[Method]> };

/**
 * A fresh fake of the whole api, built from the same channel list as the real one, so a new
 * channel is faked everywhere at once. Each method answers nothing until a test tells it to
 * (`api.recordAdd.mockResolvedValue(ok(record))`).
 */
export function apiFake(): ApiFake {
  const fake: Record<string, Mock> = {};
  for (const channel of ipcChannels) fake[methodName(channel)] = vi.fn();
  // The main process's events: none unless a test sends one through the listener it was given.
  fake.onEvent = vi.fn(() => () => undefined);
  // One vi.fn() per channel is exactly the mapped type; TypeScript cannot follow it through a loop.
  return fake as unknown as ApiFake;
}

/** A successful answer, as the main process sends it. */
export function ok<T>(data: T): { ok: true; data: T } {
  return { ok: true, data };
}

/** A refusal with the app's own words for `code`, and the fields it names. */
export function err(code: ErrorCode, fields: FieldIssue[] = []) {
  return { ok: false as const, error: toErrorPayload(code, fields) };
}
