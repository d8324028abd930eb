/**
 * `npm start`: builds the app and launches Electron. Where the Electron runtime is missing (as on
 * machines that cannot download it), it says so in one line and serves the same app through the
 * browser harness instead, printing the address to open. Extra arguments go to the harness.
 */
import { spawn, spawnSync } from 'node:child_process';
import { installedElectronBinary } from '../electron/electron-binary';

const build = spawnSync('npx', ['electron-vite', 'build'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const electron = installedElectronBinary();
if (!electron) {
  console.log(
    'The Electron runtime is not installed on this machine, so PWP Tracker is served to your browser instead.',
  );
}
const child = electron
  ? spawn(electron, ['.'], { stdio: 'inherit' })
  : spawn(
      process.execPath,
      ['--import', 'tsx', 'electron/harness/serve.ts', '--open', ...process.argv.slice(2)],
      {
        stdio: 'inherit',
      },
    );
child.on('exit', (code) => process.exit(code ?? 0));
