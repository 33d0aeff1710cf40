import { expect, test } from '@playwright/test';

test.describe('the dashboard, as a new user meets it', () => {
  test('loads the overview with the resolutions, targets and events from the sources', async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'Vietnam: foreign-affairs sector resolutions' })).toBeVisible();
    for (const code of ['292/NQ-CP', '57', '59', '56', '68']) {
      await expect(page.getByRole('link', { name: `Resolution ${code}`, exact: true }).first()).toBeVisible();
    }
    await expect(page.getByText('about 115 agencies by 2030').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Most recent events' })).toBeVisible();
  });

  test('filters by Resolution 292, shows its six tasks, and keeps the filter in the URL', async ({ page }) => {
    await page.goto('/?lang=en');
    // The box holds its tick from the click on, while the view follows through the router; a
    // status chosen stays chosen likewise (both once sprang back until the URL had changed).
    const box = page.getByRole('checkbox', { name: 'Resolution 292/NQ-CP' });
    await expect(page.locator('#root[data-live]')).toHaveCount(1);
    expect(await box.evaluate((input: HTMLInputElement) => (input.click(), input.checked))).toBe(true);
    await expect(box).toBeChecked();
    const status = page.getByRole('combobox', { name: 'Status' });
    expect(
      await status.evaluate((select: HTMLSelectElement) => {
        select.value = 'not_assessed';
        select.dispatchEvent(new Event('change', { bubbles: true }));
        return select.value;
      }),
    ).toBe('not_assessed');
    await expect(page).toHaveURL(/status=not_assessed/);
    await status.selectOption('');
    await expect(page).toHaveURL(/res=r292/);
    await expect(page.getByRole('link', { name: 'Resolution 57', exact: true })).toHaveCount(0);

    await page.getByRole('link', { name: 'Resolution 292/NQ-CP', exact: true }).first().click();
    const tasks = page.getByRole('list', { name: 'Tasks and measures' });
    await expect(tasks.locator(':scope > li')).toHaveCount(6);
    await expect(page.getByText('Task 6', { exact: true })).toBeVisible();

    // A reload (or a shared link) opens the same filtered view.
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Resolution 292/NQ-CP' })).toBeChecked();
    await expect(tasks.locator(':scope > li')).toHaveCount(6);
  });

  test('searches across languages and says when nothing matches', async ({ page }) => {
    await page.goto('/resolutions/r292?lang=en');
    await page.getByRole('searchbox', { name: 'Search' }).fill('ASEAN');
    await expect(page.getByText(/remuneration regime/)).toBeVisible();
    await expect(page.getByText('Task 5')).toHaveCount(0);
    await page.getByRole('searchbox', { name: 'Search' }).fill('zzzz-nothing');
    await expect(page.getByText('Nothing matches these filters.', { exact: false })).toBeVisible();
  });

  test('opens a commitment with its quoted sources', async ({ page }) => {
    await page.goto('/resolutions/r292?lang=en');
    await page.getByRole('link', { name: /Build clean and strong Party and mass organisations/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Build clean and strong Party/ })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'Not assessed' })).toBeVisible();
    const sources = page.getByRole('list', { name: 'Sources' });
    await expect(sources.locator('blockquote').first()).toContainText('Construire des organisations de parti et de masse propres et fortes');
    await expect(sources.getByRole('link').first()).toHaveAttribute('href', /^https:\/\/vtv\.vn\//);
  });
});

test('"Copy link" copies the filtered view, which opens the same for a colleague', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/resolutions/r292?lang=fr&status=not_assessed');
  await page.getByRole('button', { name: 'Copier le lien' }).click();
  await expect(page.getByText('Lien copié')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('/resolutions/r292?lang=fr&status=not_assessed');

  const colleague = await (await browser.newContext()).newPage();
  await colleague.goto(link);
  await expect(colleague.getByRole('heading', { level: 1, name: /Résolution 292\/NQ-CP/ })).toBeVisible();
  await expect(colleague.getByRole('combobox', { name: 'Statut' })).toHaveValue('not_assessed');
});
