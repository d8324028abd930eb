import type { Migration } from './migration';

/**
 * Version 3 lets a sign-off carry one hash per covered record (`recordHashes`), so that a change
 * names the very record that changed. Sign-offs already made keep their single `contentHash`:
 * a signature cannot be re-made for the signer, so they stay verifiable exactly as signed. The
 * step changes nothing else; journal lines written by version 2 read unchanged, because no
 * change or record they can hold differs between the versions.
 */
export const hashEachSignedRecord: Migration = {
  to: 3,
  name: '0003-hash-each-signed-record',
  up(document) {
    return { ...document, schemaVersion: 3 };
  },
};
