// `npm start`: builds the app and launches Electron. Where the Electron runtime is missing (as on
// machines that cannot download it), it says so in one line and serves the same app through the
// browser harness instead, printing the address to open.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const run = (command, args) => {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npx', ['electron-vite', 'build']);

/** The Electron binary's path; requiring `electron` throws when its download was skipped. */
function findElectron() {
  try {
    return createRequire(import.meta.url)('electron');
  } catch {
    return null;
  }
}
const electronPath = findElectron();

const child =
  typeof electronPath === 'string'
    ? spawn(electronPath, ['.'], { stdio: 'inherit' })
    : (console.log(
        'Electron is not installed on this machine, so PWP Tracker opens in your browser instead.',
      ),
      spawn(
        process.execPath,
        ['--import', 'tsx', 'electron/harness/serve.ts', ...process.argv.slice(2)],
        {
          stdio: 'inherit',
        },
      ));
child.on('exit', (code) => process.exit(code ?? 0));
