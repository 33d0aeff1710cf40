import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * Static hosting with the policy the build writes (dist/content-security-policy.txt, as the
 * README says to send it): the page and its first-paint script run, and nothing is refused.
 */
const policy = readFileSync(join(process.env.E2E_DIST ?? 'dist', 'content-security-policy.txt'), 'utf8').trim();

test('the build under its own Content-Security-Policy: the first-paint script runs, the app goes live, nothing is refused', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
  });
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
  await page.addInitScript(() => localStorage.setItem('policy-targets:preferences', JSON.stringify({ state: { locale: null, theme: 'dark' }, version: 1 })));
  await page.goto('/');
  // The stored theme is on the page: the inline first-paint script ran under the policy.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('#root')).toHaveAttribute('data-live', /hydrated|rendered/, { timeout: 15_000 });
  await expect(page.getByRole('heading', { name: 'Next deadlines' })).toBeVisible();
  // Two inline scripts, each allowed by its hash: the first paint's and the one that starts the app's scripts.
  expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*' 'sha256-[A-Za-z0-9+/]+=*';/);
  // Requests the live page still makes (a lazy chart, a font) finish through the handler before the
  // page closes; otherwise their fetched response is disposed under them and the test fails at teardown.
  await page.unrouteAll({ behavior: 'wait' });
  expect(refused).toEqual([]);
});
