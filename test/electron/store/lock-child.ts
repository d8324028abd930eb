/**
 * Run by the lock test in child processes: waits for the shared start time, tries to take the
 * lock, and if it wins holds it for a moment. Prints `won <since>` and `released`, or `lost`.
 */
import { PortfolioLock } from '../../../electron/store/lock';

const [path = '', startAtArg = '0', holdArg = '30'] = process.argv.slice(2);
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAtArg) - Date.now())));
try {
  const lock = await PortfolioLock.acquire(path, new Date());
  process.stdout.write(`won ${Date.now()}\n`);
  await new Promise((resolve) => setTimeout(resolve, Number(holdArg)));
  process.stdout.write(`released ${Date.now()}\n`);
  await lock.release();
} catch (error) {
  process.stdout.write(`lost ${(error as { code?: string }).code ?? String(error)}\n`);
}
