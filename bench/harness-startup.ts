import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Row } from './stats';
import { summarise } from './stats';

/** Time from launching the harness process until it answers its first page request. */
async function oneStart(): Promise<number> {
  const dataDir = await mkdtemp(join(tmpdir(), 'pwp-bench-'));
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/harness/serve.ts', '--port', '0', '--exit-with-parent'],
    { env: { ...process.env, PWP_DATA_DIR: dataDir }, stdio: 'pipe' },
  );
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const match = /running at (\S+)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', () => reject(new Error(`harness exited: ${output}`)));
    });
    const response = await fetch(url);
    await response.text();
    return performance.now() - started;
  } finally {
    child.stdin.end();
    child.kill();
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function benchHarnessStartup(runs = 5): Promise<Row> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) samples.push(await oneStart());
  return summarise('harness start → first page served', samples, 'ms', 'includes tsx start-up');
}
