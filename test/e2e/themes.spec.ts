import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { rgb, themeToken } from './theme-tokens';

test.describe('with the system in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the system by default, holds AA contrast, and the user can choose light', async ({ page }) => {
    await page.goto('/targets/agencies-abroad?lang=en');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe(rgb(themeToken.dark('bg')));
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);

    await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});

test('a light system gets the light theme', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
