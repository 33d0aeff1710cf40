import { expect, test } from '@playwright/test';

test('keyboard only: filter by a resolution, open a task, open the target chart, read its table, present and leave', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { name: 'Resolutions at a glance' })).toBeVisible();
  const focusOn = async (name: RegExp | string, role: 'checkbox' | 'link' | 'button', key = 'Tab') => {
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press(key);
      if (await page.getByRole(role, { name, exact: typeof name === 'string' }).first().evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error(`never reached ${name} with Tab`);
  };
  await focusOn('Resolution 292/NQ-CP', 'checkbox');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/res=r292/);
  await focusOn('Resolution 292/NQ-CP', 'link');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Resolution 292\/NQ-CP/ })).toBeVisible();
  await focusOn(/^Develop the system of Vietnam's representative agencies abroad/, 'link');
  await page.keyboard.press('Enter');
  await focusOn('Vietnamese representative agencies abroad', 'link');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Vietnamese representative agencies abroad' })).toBeVisible();
  await focusOn('Show data table', 'button');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table').first()).toContainText('about 115');
  // The chart's text summary, for a screen reader.
  await expect(page.getByRole('figure').first()).toContainText(/115/);

  // Back up to the header's Present link, step through two slides, and leave with Escape.
  await focusOn('Present', 'link', 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('.present-counter')).toHaveText(/^Slide 1 of \d+$/);
  await page.keyboard.press('PageDown');
  await expect(page.locator('.present-counter')).toHaveText(/^Slide 2 of \d+$/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Vietnamese representative agencies abroad' })).toBeVisible();
  await expect(page).toHaveURL(/\/targets\/agencies-abroad\?.*res=r292/);
});
