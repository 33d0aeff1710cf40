import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const shipped = JSON.parse(readFileSync(new URL('../../public/data/dataset.json', import.meta.url), 'utf8')) as {
  title: { en: string; fr: string };
};

/** French typography puts a narrow no-break space before the colon. */
const frenchTitle = new RegExp(`^${shipped.title.fr.replace(/\s+:/, '\\s?:').replace(/[().]/g, '\\$&')}$`);

/** Console errors and uncaught exceptions: a hydration mismatch shows up as one of these. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** The app is live once React has taken over the page (main.tsx marks it). */
const live = (page: Page, how: 'hydrated' | 'rendered') => expect(page.locator('#root')).toHaveAttribute('data-live', how, { timeout: 15_000 });

test('the page’s HTML already holds the overview’s first screen: the dataset’s title and its panels', async ({ request }) => {
  const html = await (await request.get('/')).text();
  expect(html).toContain(`<h1>${shipped.title.en}</h1>`);
  expect(html).toMatch(/<div id="root" data-prerendered="en"/);
  expect(html).toMatch(/<h2[^>]*>Next deadlines<\/h2>/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the overview’s first screen is there, painted from the HTML', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: shipped.title.en })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });
});

test('until its first paint is on screen, the page asks for nothing but its stylesheet: no icon, no script, no dataset', async ({ page }) => {
  await page.goto('/');
  await live(page, 'hydrated');
  const { paintedAt, before, after } = await page.evaluate(() => {
    const paintedAt = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
    const files = (early: boolean) =>
      performance
        .getEntriesByType('resource')
        .filter((r) => r.startTime < paintedAt === early)
        .map((r) => new URL(r.name).pathname);
    return { paintedAt, before: files(true), after: files(false) };
  });
  expect(paintedAt).toBeGreaterThan(0);
  // (Lighthouse's simulated phone counts whatever starts before it as part of the time to that paint.)
  expect(before.filter((file) => !file.endsWith('.css'))).toEqual([]);
  expect(after).toEqual(expect.arrayContaining(['/data/dataset.json', expect.stringMatching(/^\/assets\/app-.*\.js$/)]));
});

test('React takes over the prerendered overview without an error, and it then works', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await live(page, 'hydrated');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(page.getByRole('heading', { name: 'Prochaines échéances' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: frenchTitle })).toBeVisible();
  expect(errors).toEqual([]);
});

test('on a later day than the build, with a stored dark theme, the live page shows that day and theme', async ({ page }) => {
  const errors = collectErrors(page);
  await page.clock.install({ time: new Date('2031-03-01T09:00:00Z') });
  await page.addInitScript(() =>
    localStorage.setItem('policy-targets:preferences', JSON.stringify({ state: { locale: null, theme: 'dark' }, version: 1 })),
  );
  await page.goto('/');
  await live(page, 'hydrated');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  await expect(page.getByRole('heading', { name: 'Next deadlines' })).toBeVisible();
  expect(errors).toEqual([]);
});

test.describe('a French browser', () => {
  test.use({ locale: 'fr-FR' });
  test('never sees the English prerender: the first screen it gets is French', async ({ page }) => {
    const errors = collectErrors(page);
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive')
          (window as unknown as { parsedText: string }).parsedText = document.getElementById('root')!.textContent ?? '';
      });
    });
    await page.goto('/');
    await live(page, 'rendered');
    await expect(page.getByRole('heading', { level: 1, name: frenchTitle })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { parsedText: string }).parsedText)).not.toContain(shipped.title.en);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    expect(errors).toEqual([]);
  });
});

test('another page of the app never shows the prerendered overview', async ({ page }) => {
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as unknown as { parsedH1: string | null }).parsedH1 = document.querySelector('h1')?.textContent ?? null;
    });
  });
  await page.goto('/timeline');
  await expect(page.getByRole('link', { name: 'Timeline' })).toHaveAttribute('aria-current', 'page');
  expect(await page.evaluate(() => (window as unknown as { parsedH1: string | null }).parsedH1)).toBeNull();
});

test('the prerendered controls wait, disabled, until React has taken the page over, then work', async ({ page }) => {
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive')
        (window as unknown as { searchAtParse: boolean | null }).searchAtParse = document.querySelector<HTMLInputElement>('input[type="search"]')?.disabled ?? null;
    });
  });
  await page.goto('/');
  expect(await page.evaluate(() => (window as unknown as { searchAtParse: boolean | null }).searchAtParse)).toBe(true);
  await live(page, 'hydrated');
  await page.getByRole('searchbox', { name: 'Search' }).fill('ASEAN');
  await expect(page.getByRole('list', { name: /^\d+ matching commitments?$/ }).getByRole('link', { name: /remuneration regime/ })).toBeVisible();
});

test('on a phone the hydrated overview folds the filters under "Filters" and the settings under "More", and both work', async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await live(page, 'hydrated');
  const search = page.getByRole('search', { name: 'Filters' });
  await expect(search.getByRole('combobox', { name: /Deadline or horizon by/ })).toBeHidden();
  await search.getByText('Filters', { exact: true }).click();
  await search.getByRole('combobox', { name: 'Status' }).selectOption('at_risk');
  await expect(page).toHaveURL(/status=at_risk/);
  await expect(search.getByText('Filters · 1 active')).toBeVisible();

  await expect(page.getByRole('combobox', { name: 'Language' })).toBeHidden();
  await page.getByText('More', { exact: true }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(page.getByRole('heading', { level: 1, name: frenchTitle })).toBeVisible();
  expect(errors).toEqual([]);
});

test('on a wide screen the filters and settings stand in the page, not folded', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await live(page, 'hydrated');
  await expect(page.getByRole('search', { name: 'Filters' }).getByRole('combobox', { name: 'Status' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible();
  await expect(page.getByText('More', { exact: true })).toBeHidden();
  await expect(page.getByRole('search', { name: 'Filters' }).getByText('Filters', { exact: true })).toBeHidden();
});

test('on a phone nothing on the first view moves when it comes alive (the fold is in the prerendered page)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await live(page, 'hydrated');
  // Every layout shift since the page began: folding the header or filters after hydrating moved the whole page up.
  const shift = await page.evaluate(() => {
    const observer = new PerformanceObserver(() => {});
    // A buffered observer holds the entries so far at once (none at all is a sum of 0).
    observer.observe({ type: 'layout-shift', buffered: true });
    return observer.takeRecords().reduce((sum, e) => sum + (e as unknown as { value: number }).value, 0);
  });
  expect(shift).toBeLessThan(0.01);
});
