import { apiFake } from './api-fake';

/**
 * A stand-in for `renderer/src/api` in component tests. Each test file replaces the module with
 * one line, and imports `api` from here to answer and inspect the calls:
 *
 *   vi.mock('<path to>/renderer/src/api', () => import('<path to>/test/support/api-module'));
 */
export const api = apiFake();
