import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './test/chromium';

// A port of its own, so a preview left running on 4173 never clashes with the tests.
// E2E_PORT / E2E_DIST / E2E_RESULTS let several runs share a machine (each with its own build).
const PORT = Number(process.env.E2E_PORT ?? 4317);
const DIST = process.env.E2E_DIST;
const RESULTS = process.env.E2E_RESULTS ?? 'test-results';

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: `${RESULTS}/summary/playwright.json` }]],
  outputDir: `${RESULTS}/artifacts`,
  use: {
    baseURL: `http://localhost:${PORT}`,
    screenshot: 'only-on-failure',
    trace: 'off',
    // The offline service worker would answer requests that tests fake with page.route; offline.spec.ts opts in.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: CHROMIUM,
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  // The production build, as users get it.
  webServer: {
    command: `./node_modules/.bin/vite preview --port ${PORT} --strictPort${DIST ? ` --outDir ${DIST}` : ''}`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
