/**
 * Size limits that more than one layer must agree on, in one place. A portfolio file is imported
 * as text through IPC, so the harness's request limit is the import limit plus room for the JSON
 * envelope around it; a larger request is refused before it is read.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_REQUEST_BYTES = MAX_IMPORT_BYTES + 1024 * 1024;
