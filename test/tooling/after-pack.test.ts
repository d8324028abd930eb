import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FuseConfig } from '@electron/fuses';
import { flipFuses, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** build/after-pack.mjs, as electron-builder sees it. */
interface AfterPackModule {
  default: (context: PackContext) => Promise<void>;
  fuseConfig: (context: Pick<PackContext, 'electronPlatformName' | 'arch'>) => FuseConfig;
}

interface PackContext {
  electronPlatformName: string;
  arch: number;
  appOutDir: string;
  packager: { addElectronFuses: (context: PackContext, config: FuseConfig) => Promise<unknown> };
}

// The .mjs is plain JavaScript for electron-builder to load, so TypeScript has no types for it.
const hook = (await import(
  new URL('../../build/after-pack.mjs', import.meta.url).href
)) as AfterPackModule;

/** How a fuse wire stores states: ASCII '0' and '1'. */
const OFF = 48;
const ON = 49;
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const x64 = 1;
const arm64 = 3;

/**
 * A stand-in Electron executable: some bytes, then a version-1 fuse wire holding the eight fuses
 * @electron/fuses knows, at Electron's defaults (RunAsNode on, cookie encryption off, NODE_OPTIONS
 * on, --inspect on, asar integrity off, asar only off, browser V8 snapshot off, file: privileges on).
 */
function fakeElectron(): Buffer {
  return Buffer.concat([
    Buffer.from('MZ fake Electron binary '),
    Buffer.from(SENTINEL),
    Buffer.from([1, 8]),
    Buffer.from('10110001'),
    Buffer.from(' rest of the binary'),
  ]);
}

describe('the afterPack fuses hook', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pwp-fuses-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('flips the promised fuses in the packed binary and leaves the others alone', async () => {
    const binary = join(dir, 'pwp-tracker');
    await writeFile(binary, fakeElectron());
    await hook.default({
      electronPlatformName: 'linux',
      arch: x64,
      appOutDir: dir,
      packager: { addElectronFuses: (_context, config) => flipFuses(binary, config) },
    });
    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(OFF);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ON);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(OFF);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(OFF);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ON);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON);
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(OFF);
    // The page is loaded from file:, which needs this one left on.
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(ON);
  });

  it('re-signs ad hoc only for Apple silicon, which will not run an unsigned binary', () => {
    expect(hook.fuseConfig({ electronPlatformName: 'darwin', arch: arm64 })).toMatchObject({
      resetAdHocDarwinSignature: true,
    });
    for (const context of [
      { electronPlatformName: 'darwin', arch: x64 },
      { electronPlatformName: 'win32', arch: arm64 },
      { electronPlatformName: 'linux', arch: x64 },
    ]) {
      expect(hook.fuseConfig(context).resetAdHocDarwinSignature).toBe(false);
    }
  });
});
