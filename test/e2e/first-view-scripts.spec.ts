import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { INITIAL_JS_BUDGET_KB } from '../bench/budgets';
import { initialScripts } from '../bench/bundle-size';

/**
 * What the first view's JavaScript must leave to later: a name each library keeps through
 * minification (an error class, a public method, a component's display name).
 */
const LATER = {
  'zod (validation at the boundary, after the first render)': 'ZodError',
  'Dexie (stored records, read after the first render)': 'DexieError',
  'TanStack Virtual (lists past 40 items)': 'measureElement',
  'recharts (charts, drawn near the screen)': 'CartesianGrid',
} as const;

test('the first view’s JavaScript, as the server sends it: within the budget, in few files, without the libraries it does not need', async ({ request }) => {
  const files = initialScripts(await (await request.get('/')).text());
  const bodies = await Promise.all(files.map(async (file) => ({ file, body: await (await request.get(file)).body() })));
  const kb = bodies.reduce((sum, { body }) => sum + gzipSync(body).length, 0) / 1024;
  expect(kb).toBeLessThanOrEqual(INITIAL_JS_BUDGET_KB);
  expect(files.length).toBeLessThanOrEqual(6);
  for (const [library, marker] of Object.entries(LATER)) {
    const holding = bodies.filter(({ body }) => body.toString('utf8').includes(marker)).map(({ file }) => file);
    expect(holding, `${library} in the first view`).toEqual([]);
  }
});

test('the page starts the dataset worker with the download, and the app parses the dataset in that one worker', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/?lang=en');
  await expect(page.locator('#root[data-live]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(workers.filter((url) => /\/dataset\.worker-[\w-]+\.js$/.test(url))).toHaveLength(1);
  // Adopted by the app: nothing is left waiting for it.
  expect(await page.evaluate(() => '__policyTargetsDatasetWorker' in window)).toBe(false);
});

test('the page’s own first script starts the dataset worker, before the app’s scripts have run', async ({ page }) => {
  // The app's scripts never arrive: only the page's inline script can start a worker.
  await page.route(/\/assets\/(app|react|router|query|i18n)-[\w-]+\.js$/, (route) => route.abort());
  const started = page.waitForEvent('worker', { predicate: (worker) => /\/dataset\.worker-[\w-]+\.js$/.test(worker.url()) });
  await page.goto('/?lang=en');
  await started;
  expect(await page.evaluate(() => '__policyTargetsDatasetWorker' in window)).toBe(true);
});
