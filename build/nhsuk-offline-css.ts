import type { Plugin } from 'vite';

/**
 * nhsuk-frontend's compiled CSS loads the Frutiger web font from assets.nhs.uk and its icons from
 * `/assets/images/…` on nhs.uk. A desktop app works offline under a strict CSP, so this drops the
 * remote @font-face rules (the design system's own fallback, Arial, is then used) and points the
 * icons at the copies inside the package, which Vite then bundles.
 */
export function nhsukOfflineCss(): Plugin {
  return {
    name: 'pwp:nhsuk-offline-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/nhsuk-frontend[\\/].*\.css$/.test(id)) return null;
      return code
        .replace(/@font-face\{[^}]*https:[^}]*\}/g, '')
        .replace(/url\(\/assets\/images\//g, 'url(nhsuk-frontend/dist/nhsuk/assets/images/');
    },
  };
}
