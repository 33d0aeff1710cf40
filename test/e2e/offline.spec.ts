import { expect, test, type Page } from '@playwright/test';

// The rest of the suite blocks service workers (playwright.config.ts); offline use is theirs.
test.use({ serviceWorkers: 'allow' });

const DATASET_CACHE = 'policy-targets-dataset';

/** A first visit, online, until the service worker has installed and controls the page. */
async function firstVisit(page: Page) {
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { name: 'Resolutions at a glance' })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

const savedCopyNotice = (page: Page) => page.getByRole('status').filter({ hasText: 'showing the copy of the data' });

test('after one visit the dashboard opens and works offline, saying the data is the saved copy and from when', async ({ page, context }) => {
  await firstVisit(page);
  await expect(savedCopyNotice(page)).toHaveCount(0);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Resolutions at a glance' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Resolution 292/NQ-CP', exact: true }).first()).toBeVisible();
  // Saved at the first visit, a moment ago, in the page's own language and time zone.
  const today = await page.evaluate(() => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date()));
  await expect(savedCopyNotice(page)).toHaveText(
    new RegExp(`^Offline: showing the copy of the data saved on ${today} at \\d{2}:\\d{2} \\((this minute|1 minute ago)\\)\\.$`),
  );

  // Views that load their code on demand come from the saved app shell.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await expect(page.getByText('2024 to 2045', { exact: true })).toBeVisible();

  // A page opened directly, not only through the app's links.
  await page.goto('/resolutions/r292?lang=en');
  await expect(page.getByRole('list', { name: 'Tasks and measures' }).locator(':scope > li')).toHaveCount(6);
  await expect(savedCopyNotice(page)).toBeVisible();

  // Presentation mode says so too.
  await page.goto('/present?lang=en');
  await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
  await expect(savedCopyNotice(page)).toContainText(`saved on ${today}`);

  // Back online, the data is fetched again and the notice goes.
  await context.setOffline(false);
  await expect(savedCopyNotice(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
});

test('offline with the app saved but no copy of the data, it says so and recovers online', async ({ page, context }) => {
  await firstVisit(page);
  await page.evaluate((name) => caches.delete(name), DATASET_CACHE);

  await context.setOffline(true);
  await page.reload();
  // The app shell still opens; the data has its usual error, with a retry.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dataset could not be loaded');
  await expect(alert).toContainText('The network did not answer');

  await context.setOffline(false);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Resolutions at a glance' })).toBeVisible();
  await expect(savedCopyNotice(page)).toHaveCount(0);
});
