import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  isAllowedExternalUrl,
  isPermissionGranted,
  metaContentSecurityPolicy,
  safeExternalUrl,
  secureWebPreferences,
  shouldAllowNavigation,
  withContentSecurityPolicy,
} from '../../electron/security-policy';

const indexHtml = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');

/** Every CSP meta tag's content in the page, in order. */
function metaPolicies(html: string): string[] {
  const tags = html.match(/<meta\b[^>]*>/gi) ?? [];
  return tags
    .filter((tag) => /http-equiv\s*=\s*"content-security-policy"/i.test(tag))
    .map((tag) => /\bcontent\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? '');
}

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the page and gives it no Node, webviews or insecure content', () => {
    expect(secureWebPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
    });
  });

  it('never mentions webSecurity, so it keeps its default of true', () => {
    expect(secureWebPreferences).not.toHaveProperty('webSecurity');
  });

  it('names no preload: window.ts adds the one preload', () => {
    expect(secureWebPreferences).not.toHaveProperty('preload');
  });
});

describe('the Content-Security-Policy', () => {
  it('is the promised policy', () => {
    expect(contentSecurityPolicy).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'",
    );
  });

  it('is in renderer/index.html once, identical but for the header-only frame-ancestors', () => {
    expect(metaPolicies(indexHtml)).toEqual([metaContentSecurityPolicy]);
    expect(`${metaContentSecurityPolicy}; frame-ancestors 'none'`).toBe(contentSecurityPolicy);
  });

  it('allows nothing inline, nothing eval-ed and nothing remote', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-|https?:|\*|blob:|wss?:/);
  });

  it('replaces any policy a response brought, whatever its letter case, and keeps other headers', () => {
    const headers = withContentSecurityPolicy({
      'content-security-policy': ["default-src *; script-src 'unsafe-inline'"],
      'CONTENT-SECURITY-POLICY': ['default-src *'],
      'Content-Type': ['text/html'],
    });
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [contentSecurityPolicy],
    });
  });

  it('adds the policy to a response with no headers', () => {
    expect(withContentSecurityPolicy(undefined)).toEqual({
      'Content-Security-Policy': [contentSecurityPolicy],
    });
  });
});

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://www.nhs.uk/mental-health/',
    'http://example.org',
    'https://example.org:8443/a/b?c=d#e',
    'HTTPS://EXAMPLE.ORG/',
    'https://[2001:db8::1]/',
  ])('opens %s in the browser', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    ['java\tscript:alert(1)'],
    [' javascript:alert(1)'],
    ['file:///etc/passwd'],
    ['file://server/share/portfolio.pwp.json'],
    ['data:text/html,<script>alert(1)</script>'],
    ['blob:https://example.org/1234'],
    ['vbscript:msgbox(1)'],
    ['ms-msdt:/id PCWDiagnostic'],
    ['search-ms:query=secret'],
    ['smb://attacker.example/share'],
    ['mailto:someone@example.org'],
    ['zoommtg://zoom.us/join'],
    ['chrome://settings'],
    ['devtools://devtools/bundled/inspector.html'],
    ['ftp://example.org/file'],
    ['ws://example.org/socket'],
    ['https://user:secret@example.org/'],
    ['https://user@example.org/'],
    ['https://:secret@example.org/'],
    ['https://exa mple.org/'],
    ['https://example.org/\nSet-Cookie: x'],
    ['https://example.org/\u0000'],
    ['https://example.org/\u0085'],
    ['https://'],
    ['https:'],
    ['//example.org/'],
    ['/relative/path'],
    ['example.org'],
    ['not a url'],
    [''],
    [`https://example.org/${'a'.repeat(2100)}`],
  ])('refuses %j', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it.each([undefined, null, 42, {}, ['https://example.org'], new URL('https://example.org')])(
    'refuses a non-string (%j)',
    (value) => {
      expect(isAllowedExternalUrl(value)).toBe(false);
    },
  );

  it('hands over the parsed, normalised URL, not the raw text', () => {
    expect(safeExternalUrl('HTTPS://Example.ORG:443/a/../b')).toBe('https://example.org/b');
  });

  it('allows only http: and https: whatever the input (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webUrl(), fc.constantFrom('javascript:', 'file:')),
        (s) => {
          const safe = safeExternalUrl(s);
          if (safe === null) return;
          const parsed = new URL(safe);
          expect(['http:', 'https:']).toContain(parsed.protocol);
          expect(parsed.username).toBe('');
          expect(parsed.password).toBe('');
        },
      ),
    );
  });

  it('refuses every URL whose scheme is not http or https (property)', () => {
    const scheme = fc
      .stringMatching(/^[a-z][a-z0-9+.-]{0,10}$/)
      .filter((s) => s !== 'http' && s !== 'https');
    fc.assert(
      fc.property(scheme, fc.webUrl(), (s, url) => {
        expect(isAllowedExternalUrl(url.replace(/^https?/, s))).toBe(false);
      }),
    );
  });

  it('accepts ordinary web links (property)', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(isAllowedExternalUrl(url)).toBe(url.length <= 2048);
      }),
    );
  });
});

describe('shouldAllowNavigation', () => {
  const appUrl = 'file:///opt/PWP%20Tracker/resources/app.asar/out/renderer/index.html';

  it('allows the app page itself, with a different fragment or query at most', () => {
    expect(shouldAllowNavigation(appUrl, appUrl)).toBe(true);
    expect(shouldAllowNavigation(`${appUrl}#main`, appUrl)).toBe(true);
    expect(shouldAllowNavigation(`${appUrl}?screen=home`, appUrl)).toBe(true);
  });

  it.each([
    'https://example.org',
    'http://127.0.0.1:5178/',
    'file:///etc/passwd',
    'file:///opt/PWP%20Tracker/resources/app.asar/out/renderer/other.html',
    'file:///opt/PWP%20Tracker/resources/app.asar/out/renderer/index.html/..',
    'file://attacker.example/opt/PWP%20Tracker/resources/app.asar/out/renderer/index.html',
    'javascript:alert(1)',
    'data:text/html,hello',
    'about:blank',
    'chrome://gpu',
    'devtools://devtools/bundled/inspector.html',
    '',
    'not a url',
  ])('refuses %j, because every file: URL shares the origin "null"', (url) => {
    expect(shouldAllowNavigation(url, appUrl)).toBe(false);
  });

  it('keeps a development window on its dev server page', () => {
    const dev = 'http://localhost:5173/';
    expect(shouldAllowNavigation('http://localhost:5173/#x', dev)).toBe(true);
    expect(shouldAllowNavigation('http://localhost:5174/', dev)).toBe(false);
    expect(shouldAllowNavigation('http://user:pw@localhost:5173/', dev)).toBe(false);
    expect(shouldAllowNavigation('https://localhost:5173/', dev)).toBe(false);
  });

  it('refuses everything when the app URL itself is not a URL', () => {
    expect(shouldAllowNavigation('https://example.org', 'nonsense')).toBe(false);
  });

  it('refuses any other page (property)', () => {
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        expect(shouldAllowNavigation(url, appUrl)).toBe(false);
      }),
    );
  });
});

describe('isPermissionGranted', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'fullscreen',
    'openExternal',
    'pointerLock',
    'hid',
    'serial',
    'usb',
    'midiSysex',
    'fileSystem',
    'unknown',
  ])('refuses %s', (permission) => {
    expect(isPermissionGranted(permission)).toBe(false);
  });
});
