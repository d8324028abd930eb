import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rendererEntryUrl } from '../../electron/renderer-entry';

const outDir = join('/opt', 'PWP Tracker', 'out');
const builtPage = pathToFileURL(join(outDir, 'renderer', 'index.html')).href;

describe('rendererEntryUrl', () => {
  it('loads the built page from inside the app', () => {
    expect(rendererEntryUrl({ outDir, packaged: true })).toBe(builtPage);
    expect(builtPage).toMatch(/^file:\/\/.*PWP%20Tracker/);
  });

  it('uses the dev server on this computer in an unpackaged development run', () => {
    for (const url of ['http://localhost:5173/', 'http://127.0.0.1:5173/', 'http://[::1]:5173/']) {
      expect(rendererEntryUrl({ outDir, packaged: false, devServerUrl: url })).toBe(url);
    }
  });

  it('ignores ELECTRON_RENDERER_URL in an installed app, so its environment cannot point it at a web page', () => {
    expect(
      rendererEntryUrl({ outDir, packaged: true, devServerUrl: 'http://localhost:5173/' }),
    ).toBe(builtPage);
  });

  it.each([
    'https://example.org/',
    'http://example.org/',
    'http://localhost.example.org/',
    'https://localhost:5173/',
    'file:///tmp/evil.html',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('refuses %j as a dev server even in development', (url) => {
    expect(rendererEntryUrl({ outDir, packaged: false, devServerUrl: url })).toBe(builtPage);
  });
});
