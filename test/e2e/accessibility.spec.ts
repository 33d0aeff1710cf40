import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const VIEWS = [
  '/?lang=en',
  '/?lang=vi&res=r292',
  '/resolutions/r292?lang=fr',
  '/commitments/r292-t2-m2?lang=en',
  '/targets/agencies-abroad?lang=en',
  '/timeline?lang=en&item=deadline-r292-2030',
  '/records?lang=en',
  '/present?lang=en&slide=3',
  '/present?lang=en&slide=6',
];

for (const url of VIEWS) {
  test(`no axe violations on ${url}`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
