import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { nhsukOfflineCss } from './build/nhsuk-offline-css';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { main: resolve('electron/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one CommonJS file with no imports but `electron`.
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve('electron/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [nhsukOfflineCss(), react()],
    build: {
      outDir: resolve('out/renderer'),
      minify: true,
      // nhsuk-frontend ships minified CSS, which lightningcss's minifier cannot re-parse.
      cssMinify: false,
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
