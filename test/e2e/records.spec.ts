import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

const TARGET = '/targets/agencies-abroad?lang=en';

async function recordFigure(page: Page, value: string, asOf: string, source = 'MOFA annual report') {
  const form = page.getByRole('form', { name: 'Record a figure' });
  await form.getByLabel('Value (agencies)').fill(value);
  await form.getByLabel('As of').fill(asOf);
  await form.getByLabel('Source', { exact: true }).fill(source);
  await form.getByRole('button', { name: 'Record the figure' }).click();
}

test('recording a figure moves the chart and the pace, and survives a reload', async ({ page }) => {
  await page.goto(TARGET);
  const chart = page.getByRole('figure');
  await expect(chart.locator('.recharts-line')).toHaveCount(0);
  await recordFigure(page, '97', '2026-01-01');
  await expect(page.getByText(/No figure has been recorded/)).toHaveCount(0);
  await expect(chart).toContainText('Latest recorded figure: 97 agencies');
  await expect(page.getByText('4.5 agencies a year still needed to reach the 2030 target.').first()).toBeVisible();
  await expect(chart.locator('.recharts-line')).toHaveCount(2);

  await page.reload();
  await expect(page.getByRole('figure')).toContainText('Latest recorded figure: 97 agencies');
  await expect(page.getByRole('table', { name: /Figures recorded for this target/ })).toContainText('MOFA annual report');
});

test('an invalid figure is refused inline with its reason, and nothing is saved', async ({ page }) => {
  await page.goto(TARGET);
  await recordFigure(page, 'abc', '2099-01-01', '');
  const form = page.getByRole('form', { name: 'Record a figure' });
  await expect(form.getByText('Enter a number, such as 97 or 97.5.')).toBeVisible();
  await expect(form.getByText(/This date is in the future/)).toBeVisible();
  await expect(form.getByLabel('Value (agencies)')).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel('Value (agencies)').fill('-3');
  await form.getByRole('button', { name: 'Record the figure' }).click();
  await expect(form.getByText('A figure cannot be negative.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Record a figure' }).getByText('No figure recorded yet.')).toBeVisible();
});

test('a corrected figure and a deleted one (with undo) update the chart', async ({ page }) => {
  await page.goto(TARGET);
  await recordFigure(page, '95', '2025-06-30');
  await page.getByRole('button', { name: /Edit the figure of 30 June 2025/ }).click();
  const edit = page.getByRole('form', { name: 'Correct a figure' });
  await edit.getByLabel('Value (agencies)').fill('96');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('figure')).toContainText('Latest recorded figure: 96 agencies');
  await page.getByRole('button', { name: /Delete the figure of 30 June 2025/ }).click();
  await expect(page.getByRole('region', { name: 'Record a figure' }).getByText('No figure recorded yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('figure')).toContainText('Latest recorded figure: 96 agencies');
});

test('assessing a commitment sets its status everywhere, with its history', async ({ page }) => {
  await page.goto('/commitments/r292-t5?lang=en');
  const form = page.getByRole('form', { name: 'Assess the status' });
  await form.getByLabel('Status').selectOption('in_progress');
  await form.getByLabel('Date of the assessment').fill('2026-03-01');
  await form.getByLabel('Justification').fill('Party committees set up in all missions');
  await form.getByRole('button', { name: 'Record the assessment' }).click();
  await expect(page.getByRole('definition').filter({ hasText: 'In progress' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Assessments of this commitment/ })).toContainText('Party committees');
  await page.goto('/?lang=en&status=in_progress');
  await expect(page.getByText('1 task', { exact: true }).first()).toBeVisible();
});

test('a broken import is refused with the reason and loses nothing', async ({ page }) => {
  await page.goto(TARGET);
  await recordFigure(page, '97', '2026-01-01');
  // Shown once saved: leaving the page before then may leave the figure unwritten.
  await expect(page.getByRole('figure')).toContainText('Latest recorded figure: 97 agencies');
  await page.goto('/records?lang=en');
  await page.getByLabel('Choose a JSON export to import').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
  await expect(page.getByRole('alert')).toContainText('broken.json was not imported. The file is not JSON.');
  await page.getByLabel('Choose a JSON export to import').setInputFiles({
    name: 'future.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'policy-targets/records', schemaVersion: 99, records: [] })),
  });
  await expect(page.getByRole('alert')).toContainText('newer version');
  await expect(page.getByRole('table', { name: 'All my records' })).toContainText('97');
});

test('export, then import into a fresh browser profile, gives the same dashboard', async ({ page, browser }) => {
  await page.goto(TARGET);
  await recordFigure(page, '97', '2026-01-01');
  // Shown once saved: leaving the page before then may leave the figure unwritten.
  await expect(page.getByRole('figure')).toContainText('Latest recorded figure: 97 agencies');
  await page.goto('/records?lang=en');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my records (JSON)' }).click()]);
  const exported = await readFile((await download.path())!);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/records?lang=en');
  await other.getByLabel('Choose a JSON export to import').setInputFiles({ name: 'records.json', mimeType: 'application/json', buffer: exported });
  await expect(other.getByRole('region', { name: 'Import preview' })).toContainText('1 new records, 0 changed');
  await other.getByRole('button', { name: 'Import', exact: true }).click();
  // Saved once it says so: leaving the page before then may leave the import unwritten.
  await expect(other.getByRole('status').filter({ hasText: 'Imported' })).toContainText('Imported:');
  await other.goto(TARGET);
  await expect(other.getByRole('figure')).toContainText('Latest recorded figure: 97 agencies');

  // The same file again changes nothing.
  await other.goto('/records?lang=en');
  await other.getByLabel('Choose a JSON export to import').setInputFiles({ name: 'records.json', mimeType: 'application/json', buffer: exported });
  await expect(other.getByRole('region', { name: 'Import preview' })).toContainText('0 new records, 0 changed, 1 already here');
  await expect(other.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await fresh.close();
});

test('corrupted stored records do not crash the app: the user is told and can download them', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.evaluate(() => localStorage.setItem('policy-targets:records', '{"state":{"records":[{"kind":"figure","value":"lots"}]},"version":1}'));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('Some stored data could not be read.');
  await expect(page.getByRole('heading', { name: 'Resolutions at a glance' })).toBeVisible();
  await page.getByRole('link', { name: 'See it on My records' }).click();
  const table = page.getByRole('table', { name: 'Stored data that could not be read' });
  const [download] = await Promise.all([page.waitForEvent('download'), table.getByRole('button', { name: /Download the data set aside/ }).click()]);
  expect((await readFile((await download.path())!)).toString()).toContain('\\"value\\":\\"lots\\"');
});

test('a user-added resolution shows, filters and is marked as added; its title stays plain text', async ({ page }) => {
  await page.goto('/records?lang=en');
  const form = page.getByRole('form', { name: 'Resolution' });
  await form.getByLabel('Number or code').fill('18/NQ-TW');
  await form.getByLabel('Issued by').fill('Central Committee');
  await form.getByLabel('Title').fill('<img src=x onerror=alert(1)>');
  await form.getByLabel('Source', { exact: true }).fill('Party newspaper');
  await form.getByLabel('Link to the source (optional)').fill('javascript:alert(1)');
  await form.getByRole('button', { name: 'Add' }).click();
  await expect(form.getByText('Only http:// or https:// links are accepted.')).toBeVisible();
  await form.getByLabel('Link to the source (optional)').fill('https://example.org/18');
  await form.getByRole('button', { name: 'Add' }).click();

  const overview = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' });
  await overview.click();
  // The page stays until the overview's code is there (a transition): filter on the overview itself.
  await expect(overview).toHaveAttribute('aria-current', 'page');
  await page.getByRole('checkbox', { name: 'Resolution 18/NQ-TW' }).click();
  const cards = page.getByRole('list', { name: 'Resolutions' });
  await expect(cards.getByRole('listitem')).toHaveCount(1);
  await expect(cards).toContainText('<img src=x onerror=alert(1)>');
  await expect(cards).toContainText('Added by you');
  await expect(page.locator('img')).toHaveCount(0);
});

test('two open tabs see each other’s records', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(TARGET);
  await second.goto(TARGET);
  await recordFigure(first, '97', '2026-01-01');
  await expect(second.getByRole('figure')).toContainText('Latest recorded figure: 97 agencies');
});
