/**
 * Run by the crash test in a child process: opens (or creates) a portfolio and saves contacts as
 * fast as it can, printing `ack <n>` only after each save has resolved — the moment the app would
 * tell the user "saved" — and `step <name>` as each step of the store starts (pipes are written
 * synchronously on Linux and macOS, so the parent sees the last step begun before a kill).
 * The parent kills this process with SIGKILL at random moments.
 */
import { existsSync } from 'node:fs';
import type { StoreOptions } from '../../../electron/store/portfolio-store';
import { PortfolioStore, storePaths } from '../../../electron/store/portfolio-store';
import { addContact } from '../../support/change-fixture';
import { emptyPortfolio } from '../../support/portfolio-fixture';

const [folder = '', startArg = '1', countArg = '100', compactArg = '50'] = process.argv.slice(2);
const start = Number(startArg);
const count = Number(countArg);
const options: StoreOptions = {
  compactEvery: Number(compactArg),
  onStep: (step) => process.stdout.write(`step ${step}\n`),
};

process.stdout.write('step start\n');
const store = existsSync(storePaths(folder).snapshot)
  ? await PortfolioStore.open(folder, options)
  : await PortfolioStore.create(folder, emptyPortfolio(), options);
process.stdout.write(`ready ${store.data.contacts.length}\n`);
for (let n = start; n < start + count; n += 1) {
  await store.apply(addContact(n), { by: 'crash test' });
  process.stdout.write(`ack ${n}\n`);
}
process.stdout.write('step close\n');
await store.close();
process.stdout.write('done\n');
