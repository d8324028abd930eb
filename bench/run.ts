/**
 * `npm run bench`: speed and memory targets, measured on realistic synthetic data. Never part of
 * `npm test` — timings on a shared 2-core machine are for reading, not for failing a build.
 */
import { benchEventLoop } from './event-loop';
import { benchHarnessStartup } from './harness-startup';
import { benchReport } from './report';
import { benchStoreSaves } from './store-save';
import { benchUi } from './ui';
import { benchVerify } from './verify';
import type { Row } from './stats';
import { printTable } from './stats';

const rows: Row[] = [];
rows.push(await benchHarnessStartup());
rows.push(...(await benchStoreSaves()));
rows.push(...benchVerify());
rows.push(...benchReport());
rows.push(...(await benchEventLoop()));
// The UI bench needs a build of the renderer (npm run build) and Debian's Chromium.
rows.push(...(await benchUi()));
printTable(rows);
