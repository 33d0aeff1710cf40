import { expect, test } from '@playwright/test';
import { CHART_COLORS, DARK_CHART_COLORS } from '../../src/config/colors';
import { rgb, themeToken } from './theme-tokens';

test('printing gives a clean light document without controls, that Chromium renders to PDF', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/resolutions/r292?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: /Resolution 292\/NQ-CP/ })).toBeVisible();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Record the assessment' })).toHaveCount(0);
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe(rgb(themeToken.print('bg')));
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
});

test('charts print in light colours even from the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?lang=en');
  await page.getByRole('figure', { name: 'Commitments by status, per resolution' }).scrollIntoViewIfNeeded();
  const tick = page.locator('.recharts-cartesian-axis-tick-value').first();
  await expect(tick).toHaveAttribute('fill', DARK_CHART_COLORS.axis);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(tick).toHaveAttribute('fill', CHART_COLORS.axis);
});
