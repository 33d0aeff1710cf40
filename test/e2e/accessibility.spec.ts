import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const VIEWS = [
  '/?lang=en',
  '/?lang=vi&res=r292',
  '/resolutions/r292?lang=fr',
  '/commitments/r292-t2-m2?lang=en',
  '/commitments/r292-t4-m1?lang=fr',
  '/commitments/peoples-organisations-resolutions-57-59?lang=vi',
  '/resolutions/r57?lang=en',
  '/targets/agencies-abroad?lang=en',
  '/timeline?lang=en&item=deadline-r292-2030',
  '/records?lang=en',
  '/report?lang=en',
  '/report?lang=fr&res=r292',
];

// Every view and every slide, in the light and the dark theme (the system's choice).
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`in the ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    for (const url of VIEWS) {
      test(`no axe violations on ${url}`, async ({ page }) => {
        await page.goto(url);
        await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }

    test('no axe violations on any slide in the standard theme', async ({ page }) => {
      test.slow(); // an axe run per slide
      await page.goto('/present?lang=en&contrast=standard&slide=1');
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expect(page.locator('.present-counter')).toHaveText(/Slide 1 of (\d+)/);
      const count = Number((await page.locator('.present-counter').textContent())!.match(/of (\d+)/)![1]);
      for (let n = 1; n <= count; n++) {
        await expect(page.locator('.present-counter')).toHaveText(`Slide ${n} of ${count}`);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
        expect(results.violations.map((v) => `slide ${n} ${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
        await page.keyboard.press('ArrowRight');
      }
    });
  });
}

// The slides' high contrast is for the back of a room: AAA (7:1) for text, checked on every slide.
test('every slide in the high-contrast theme meets WCAG AAA contrast', async ({ page }) => {
  test.slow(); // an axe run per slide
  await page.goto('/present?lang=en&slide=1');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  await expect(page.locator('.present-counter')).toHaveText(/Slide 1 of (\d+)/);
  const count = Number((await page.locator('.present-counter').textContent())!.match(/of (\d+)/)![1]);
  for (let n = 1; n <= count; n++) {
    await expect(page.locator('.present-counter')).toHaveText(`Slide ${n} of ${count}`);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag2aaa']).analyze();
    expect(results.violations.map((v) => `slide ${n} ${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(results.passes.map((p) => p.id), `slide ${n}`).toContain('color-contrast-enhanced');
    await page.keyboard.press('ArrowRight');
  }
});
