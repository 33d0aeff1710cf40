import { expect, test } from '@playwright/test';

test('the timeline shows events and deadlines by resolution; an item opens its detail', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await expect(page.getByText('2024 to 2045', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: /^28 August 2025: 80th anniversary/ }).click();
  const detail = page.getByRole('region', { name: /80th anniversary/ });
  await expect(detail).toContainText('Anniversary');
  await expect(detail.locator('blockquote')).toContainText('80e anniversaire');
  await expect(page).toHaveURL(/item=/);

  await page.getByRole('button', { name: 'Show data table' }).click();
  await expect(page.getByRole('table', { name: 'Events and deadlines by resolution' })).toContainText('25 September 2025');
});

test('the target chart shows 115 by 2030 and 150 by 2045, and draws no invented baseline', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.getByRole('link', { name: 'Vietnamese representative agencies abroad' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vietnamese representative agencies abroad' })).toBeVisible();
  await expect(page.getByText(/No figure has been recorded for this target yet/)).toBeVisible();
  const chart = page.getByRole('figure');
  await expect(chart.locator('.recharts-wrapper')).toBeVisible();
  await expect(chart.locator('.recharts-scatter-symbol')).toHaveCount(2);
  await expect(chart.locator('.recharts-line')).toHaveCount(0);
  await chart.getByRole('button', { name: 'Show data table' }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('row', { name: /2030 Target about 115/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /2045 Target about 150/ })).toBeVisible();
});
