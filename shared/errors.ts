/**
 * Reason codes for everything that can fail, and the one table that turns them into sentences.
 * Domain, store and IPC code fail with a code; only the UI (through `messageFor`) shows words.
 */

export const errorCodes = [
  'invalid-input',
  'unknown-channel',
  'forbidden-sender',
  'portfolio-not-found',
  'portfolio-not-open',
  'portfolio-locked',
  'portfolio-exists',
  'record-not-found',
  'record-locked',
  'read-only',
  'role-read-only',
  'file-corrupt',
  'file-from-newer-version',
  'storage-failed',
  'connection-lost',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** One problem with one field of an input, named by its path (e.g. `trainee.startDate`). */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  fields: FieldIssue[];
}

/** Compile-time guard for exhaustive switches: adding a code without a message fails typecheck. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}

export function messageFor(code: ErrorCode): string {
  switch (code) {
    case 'invalid-input':
      return 'Some of the details are not valid. Check the highlighted fields.';
    case 'unknown-channel':
      return 'The app asked for something it does not know how to do. Please report this.';
    case 'forbidden-sender':
      return 'This request did not come from PWP Tracker’s own window, so it was refused.';
    case 'portfolio-not-found':
      return 'That portfolio could not be found in your data folder.';
    case 'portfolio-not-open':
      return 'Open or create a portfolio first.';
    case 'portfolio-exists':
      return 'This portfolio is already in your list. Open it from there; nothing has been changed.';
    case 'portfolio-locked':
      return 'This portfolio is open in another PWP Tracker window. Close it there first; nothing has been changed.';
    case 'record-not-found':
      return 'That entry could not be found. It may have been deleted in another window.';
    case 'record-locked':
      return 'This entry has been submitted, so it cannot be edited. Add a correction with a reason instead.';
    case 'role-read-only':
      return 'You are using PWP Tracker as a workplace supervisor or clinical educator, so trainees’ portfolios open read-only. If this is your own portfolio, choose Trainee PWP on the first screen. Nothing has been changed.';
    case 'read-only':
      return 'This portfolio is open read-only, so it cannot be changed.';
    case 'file-corrupt':
      return 'This portfolio’s files are damaged. They have been left exactly as they were: choose Recover on the first screen to rebuild it from everything that can still be read.';
    case 'file-from-newer-version':
      return 'This portfolio was saved by a newer version of PWP Tracker. Update the app to open it; the file has not been changed.';
    case 'storage-failed':
      return 'Your change could not be saved to disk, so nothing was changed. Check free space and folder permissions, then try again.';
    case 'connection-lost':
      return 'PWP Tracker’s background process did not answer. What you typed is still in the form; try again.';
    case 'internal':
      return 'Something unexpected went wrong. Nothing was changed.';
    default:
      return assertNever(code);
  }
}

/** A failure with a reason code, thrown inside Node-side code and turned into a result at the IPC edge. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldIssue[];

  constructor(code: ErrorCode, detail?: string, fields: FieldIssue[] = []) {
    super(detail ?? messageFor(code));
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }
}

export function toErrorPayload(
  code: ErrorCode,
  fields: FieldIssue[] = [],
  detail?: string,
): ErrorPayload {
  return { code, message: detail ?? messageFor(code), fields };
}
