/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { prerenderFirstView } from './scripts/prerender-plugin.ts';
import { inlineIcon } from './scripts/inline-icon-plugin.ts';

/** Named vendor chunks: [chunk name, the packages it holds]. */
const VENDOR_CHUNKS: [string, RegExp][] = [
  ['react', /node_modules[\\/](react|react-dom|scheduler)[\\/]/],
  ['router', /node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/],
  ['query', /node_modules[\\/]@tanstack[\\/](query-core|react-query)[\\/]/],
  // Only long lists need it (src/components/windowed-list.tsx, the timeline): not in the first view.
  ['virtual', /node_modules[\\/]@tanstack[\\/](virtual-core|react-virtual)[\\/]/],
  ['i18n', /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements|use-sync-external-store)[\\/]/],
  ['zod', /node_modules[\\/]zod[\\/]/],
  ['recharts', /node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|internmap|decimal\.js-light|eventemitter3|tiny-invariant|es-toolkit|immer|reselect|redux|@reduxjs|react-redux|clsx|react-is)[\\/]/],
  ['workbox', /node_modules[\\/]workbox-[a-z-]+[\\/]/],
];

export default defineConfig({
  plugins: [
    react(),
    // The overview's first screen, prerendered into index.html (scripts/prerender-plugin.ts).
    prerenderFirstView(),
    // The icon in the page itself, from public/favicon.svg (scripts/inline-icon-plugin.ts).
    inlineIcon(),
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
  // The dataset worker (src/api/dataset.worker.ts) is an ES module, like the app.
  worker: { format: 'es' },
  build: {
    sourcemap: false,
    // Every browser the app supports preloads modules itself. Without the polyfill the entry
    // chunk holds nothing but imports, so Vite puts those chunks in index.html as module scripts
    // and drops the entry file: one request fewer for the first view.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Libraries in chunks named for what they hold (a cache keeps them across app releases),
        // instead of chunks named after whichever app module landed in them.
        codeSplitting: {
          groups: [
            ...VENDOR_CHUNKS.map(([name, test], i) => ({ name, test, priority: VENDOR_CHUNKS.length - i + 1 })),
            // The app code the first view runs, in one file rather than a handful of small ones.
            { name: 'app', test: /[\\/]src[\\/]/, tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
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
