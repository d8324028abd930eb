import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          // Processed by Vite (not loaded by Node directly) so the power-loss test's recording
          // file system reaches lowdb's steno writer too.
          server: { deps: { inline: ['lowdb', 'steno'] } },
          include: [
            'test/shared/**/*.test.ts',
            'test/electron/**/*.test.ts',
            'test/tooling/**/*.test.ts',
            'test/cli/**/*.test.ts',
          ],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
    ],
  },
});
