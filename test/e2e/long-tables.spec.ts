import { expect, test } from '@playwright/test';
import { generateDataset } from '../bench/generate-dataset';

/** A tracker of 50 resolutions, as the benchmark's medium size. */
test.beforeEach(async ({ page }) => {
  await page.route((url) => url.pathname === '/synthetic/medium.json', (route) => route.fulfill({ json: generateDataset('medium') }));
  await page.goto('/?lang=en&dataset=/synthetic/medium.json');
});

test('the counts by resolution scroll in their box: only the rows in view are drawn, each says its place, and every one can be reached', async ({ page }) => {
  const box = page.getByRole('region', { name: 'By resolution' });
  const table = box.getByRole('table', { name: 'By resolution' });
  // 50 resolutions, the total and the heading row.
  await expect(table).toHaveAttribute('aria-rowcount', '52');
  const firstDrawn = table.getByRole('row').nth(1);
  await expect(firstDrawn).toHaveAttribute('aria-rowindex', '2');
  expect(await table.getByRole('row').count()).toBeLessThan(30);

  // The keyboard scrolls the box to its end: the total row arrives, in its place.
  await box.focus();
  await page.keyboard.press('End');
  const total = table.getByRole('row', { name: /^All / });
  await expect(total).toBeVisible();
  await expect(total).toHaveAttribute('aria-rowindex', '52');
  await expect(firstDrawn).not.toHaveAttribute('aria-rowindex', '2');
});

test('printed, the counts by resolution show every row', async ({ page }) => {
  const table = page.getByRole('table', { name: 'By resolution' });
  await expect(table).toHaveAttribute('aria-rowcount', '52');
  await page.emulateMedia({ media: 'print' });
  await expect(table.getByRole('row')).toHaveCount(52);
  await page.emulateMedia({ media: 'screen' });
  await expect.poll(() => table.getByRole('row').count()).toBeLessThan(30);
});

test('a windowed list goes to its end with the keyboard: End brings the last of the 50 resolution cards', async ({ page }) => {
  const list = page.getByRole('region', { name: 'Resolutions', exact: true });
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '50');
  await list.focus();
  await page.keyboard.press('End');
  await expect(list.locator('li[aria-posinset="50"]')).toBeInViewport();
});
