import { expect, test } from '@playwright/test';

test('switches between English, French and Vietnamese, with dates and numbers to match', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { name: 'Next deadlines' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(page.getByRole('heading', { name: 'Prochaines échéances' })).toBeVisible();
  await expect(page.getByText('25 septembre 2025').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('vi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('link', { name: 'Nghị quyết 292/NQ-CP', exact: true }).first()).toBeVisible();
  // The choice survives a visit without the language in the link.
  await page.goto('/timeline');
  await expect(page.getByRole('link', { name: 'Tổng quan' })).toBeVisible();
});

test('a failing dataset shows an error with a retry that recovers', async ({ page }) => {
  let fail = true;
  await page.route('**/data/dataset.json', (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
  await page.goto('/?lang=en');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dataset could not be loaded');
  fail = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Resolutions at a glance' })).toBeVisible();
});

test('a malformed dataset is refused with a message, not a blank page', async ({ page }) => {
  await page.route('**/data/dataset.json', (route) => route.fulfill({ json: { schemaVersion: 1, resolutions: 'nope' } }));
  await page.goto('/?lang=en');
  await expect(page.getByRole('alert')).toContainText('The dataset is malformed');
});
