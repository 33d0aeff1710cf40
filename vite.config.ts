/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    // The offline service worker (src/sw.ts), built for production only: devOptions stay off, so
    // msw's worker owns the dev server, and src/lib/register-service-worker.ts registers it in production.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        // The app shell only: not msw's worker, the README's screenshots or the dataset (cached at run time).
        globPatterns: ['**/*.{js,css,html,svg,woff2}'],
        globIgnores: ['mockServiceWorker.js', 'screenshots/**', 'data/**'],
      },
      devOptions: { enabled: false },
    }),
  ],
  build: { sourcemap: false },
  test: {
    // Property tests run hundreds of cases; on a loaded two-core CI machine that takes seconds.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          globals: true,
          environment: 'jsdom',
          setupFiles: ['./test/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'test/unit/**/*.test.{ts,tsx}'],
          exclude: ['src/server/**', 'node_modules/**'],
          restoreMocks: true,
        },
      },
      {
        // The team workspace's server: Node, no DOM, against PGlite and a real PostgreSQL
        // (started by the global setup when TEST_DATABASE_URL is not given).
        test: {
          name: 'server',
          globals: true,
          environment: 'node',
          include: ['src/server/**/*.test.ts'],
          globalSetup: ['./test/server/postgres-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
