/** The `pwp` process: real files, real output, today's date; everything else is in `main.ts`. */
import { readFile, writeFile } from 'node:fs/promises';
import { localToday } from '../shared/dates';
import { run } from './main';

process.exitCode = await run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readText: (path) => readFile(path, 'utf8'),
  writeText: (path, text) => writeFile(path, text, 'utf8'),
  // Today on this computer's own calendar, as in the app (not the UTC date).
  today: () => localToday(new Date()),
});
