// electron-builder's afterPack hook: flips Electron's fuses in the packaged binary, before it is
// signed. Fuses are switches compiled into the Electron executable; once flipped (and signed)
// they cannot be turned back on from outside, whatever the environment or command line says.
// See https://www.electronjs.org/docs/latest/tutorial/fuses.
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/** Electron's Arch enum from builder-util: 3 is arm64. */
const ARM64 = 3;

/**
 * The fuse settings for one packaged build. `GrantFileProtocolExtraPrivileges` stays at its
 * default (on) because the app loads its page from file:.
 */
export function fuseConfig({ electronPlatformName, arch }) {
  return {
    version: FuseVersion.V1,
    // Apple silicon refuses to run an unsigned binary; flipping fuses breaks Electron's ad-hoc
    // signature, so it is redone (the real signature comes afterwards when signing is set up).
    resetAdHocDarwinSignature: electronPlatformName === 'darwin' && arch === ARM64,
    // No `ELECTRON_RUN_AS_NODE`: the app cannot be used as a plain Node.js to run other code.
    [FuseV1Options.RunAsNode]: false,
    // Cookies and other Chromium storage are encrypted with the system keychain.
    [FuseV1Options.EnableCookieEncryption]: true,
    // No `NODE_OPTIONS` (e.g. --require of someone else's script) and no --inspect debugging.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // The app.asar must match the hash electron-builder records at packaging time...
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    // ...and the app is only ever loaded from that asar, never from a loose folder beside it.
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
  };
}

/** Called by electron-builder once per platform and architecture it packs. */
export default async function afterPack(context) {
  // electron-builder's own helper finds the executable for each platform and calls flipFuses.
  await context.packager.addElectronFuses(context, fuseConfig(context));
}
