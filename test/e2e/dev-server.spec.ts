import { expect, test } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';

// `npm run dev`, as the README's first command starts it: msw's worker serves the records API,
// and `?mock=` makes the dataset's download fail in each of the ways the README lists (`?mock=slow`,
// a download that never ends, goes through the same worker; it leaves the page loading, which a
// test could not tell from a slow machine without waiting, so the README does not promise it).
let dev: ViteDevServer;
let base: string;
test.beforeAll(async () => {
  dev = await createServer({ configFile: 'vite.config.ts', logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
  await dev.listen();
  base = dev.resolvedUrls!.local[0]!.replace(/\/$/, '');
});
test.afterAll(() => dev?.close());
// msw runs in a service worker.
test.use({ serviceWorkers: 'allow' });
// The dev server compiles each module on first request: slower than the built app.
test.setTimeout(90_000);

const failure = () => ({ timeout: 30_000 });

test('the development server shows the shipped dataset', async ({ page }) => {
  await page.goto(`${base}/?lang=en`);
  await expect(page.getByRole('heading', { name: 'Resolutions at a glance' })).toBeVisible(failure());
  await expect(page.getByRole('link', { name: 'Resolution 292/NQ-CP' }).first()).toBeVisible();
});

for (const [mock, message] of [
  ['serverError', 'The server refused the request. Try again in a moment.'],
  ['networkError', 'The network did not answer. Check the connection, then try again.'],
  ['malformed', 'The dataset is malformed; nothing from it is shown.'],
] as const) {
  test(`?mock=${mock} shows that failure, with a way to try again`, async ({ page }) => {
    await page.goto(`${base}/?lang=en&mock=${mock}`);
    const alert = page.getByRole('alert').filter({ hasText: 'The dataset could not be loaded' });
    await expect(alert).toBeVisible(failure());
    await expect(alert).toContainText(message);
    await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Resolutions at a glance' })).toHaveCount(0);
  });
}
