/**
 * The desktop shell's security promises, stated once in plain Node so vitest can check every one.
 * `window.ts` applies them to Electron; nothing here imports `electron`.
 *
 * The app shows only its own bundled page: no Node in the page, no remote content, no navigation
 * away, no new windows, no permissions. The one way out is a plain web link, which opens in the
 * user's own browser.
 */

/**
 * `webPreferences` for every window. Most values are already Electron's defaults; they are written
 * out so that a change of default, or a careless edit, shows up in review and fails
 * `test/electron/security-policy.test.ts`. `safeDialogs` stops a page from flooding the user with
 * alerts. `webSecurity` is left out on purpose (it stays true): naming it invites flipping it.
 */
export const secureWebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  enableWebSQL: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  // Trainees write reflections; the system spellchecker is worth having (see README: Security).
  spellcheck: true,
} as const;

/**
 * The Content-Security-Policy, directive by directive. `default-src 'none'` refuses everything not
 * listed (objects, frames, workers, media). `img-src data:` is for nhsuk-frontend's inline SVG
 * icons. No `'unsafe-inline'` anywhere: build/nhsuk-offline-css.ts strips what would need it.
 */
const cspDirectives: readonly (readonly [directive: string, sources: string])[] = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Directives browsers ignore (with a console error) when they arrive in a `<meta>` tag. */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

function serialise(directives: typeof cspDirectives): string {
  return directives.map(([directive, sources]) => `${directive} ${sources}`).join('; ');
}

/** The full policy, sent as a response header by the session (`window.ts`). */
export const contentSecurityPolicy = serialise(cspDirectives);

/**
 * The same policy minus header-only directives: what `renderer/index.html` must carry in its
 * meta tag, so a page opened without our header (the harness, a file viewer) is just as locked.
 */
export const metaContentSecurityPolicy = serialise(
  cspDirectives.filter(([directive]) => !HEADER_ONLY_DIRECTIVES.has(directive)),
);

/**
 * Response headers with our policy in place of any the response brought (in any letter case), so
 * the page always runs under exactly this policy, never a looser or a second one.
 */
export function withContentSecurityPolicy(
  headers: Readonly<Record<string, string[]>> | undefined,
): Record<string, string[]> {
  const others = Object.entries(headers ?? {}).filter(
    ([name]) => name.toLowerCase() !== 'content-security-policy',
  );
  return { ...Object.fromEntries(others), 'Content-Security-Policy': [contentSecurityPolicy] };
}

/** Longer links than this are refused: nothing we link to needs them, and Windows truncates them. */
const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * The normalised form of `url` if it may be handed to the system browser, otherwise null.
 * Only http: and https: with a host and no user name or password pass: no javascript:, file:,
 * data:, custom schemes (which start other programs) or malformed input. Raw input containing
 * whitespace or control characters is refused rather than trusting the URL parser to strip them.
 */
export function safeExternalUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) {
    return null;
  }
  // Space, C0 and C1 control characters, DEL: the URL parser silently drops some of these.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point.
  if (/[\u0000-\u0020\u007f-\u009f]/.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return null;
  return parsed.href;
}

/** Whether `url` may be opened in the user's browser (see `safeExternalUrl`). */
export function isAllowedExternalUrl(url: unknown): boolean {
  return safeExternalUrl(url) !== null;
}

/**
 * Whether the window may navigate to `url`: only to the app's own page again (a different query
 * or fragment at most), never anywhere else. This compares scheme, host and path rather than
 * origins, because every file: URL has the same opaque origin ("null"), so an origin check would
 * let the page navigate to any file on the disk.
 */
export function shouldAllowNavigation(url: string, appUrl: string): boolean {
  let target: URL;
  let app: URL;
  try {
    target = new URL(url);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  return (
    target.protocol === app.protocol &&
    target.host === app.host &&
    target.pathname === app.pathname &&
    target.username === '' &&
    target.password === ''
  );
}

/**
 * Permissions the page may have: none. The app needs no camera, microphone, location,
 * notifications, clipboard reading, devices or full-screen requests from the page (the View menu
 * toggles full screen from the main process). Add a name here, with a reason, only when a feature
 * needs it.
 */
const grantedPermissions: ReadonlySet<string> = new Set<string>();

/** The answer to every permission request and check, and to every device (HID, USB, serial) request. */
export function isPermissionGranted(permission: string): boolean {
  return grantedPermissions.has(permission);
}
