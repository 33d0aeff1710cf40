import { expect, test, type Locator, type Page } from '@playwright/test';

// Hanoi, where a day starts at 17:00 UTC: the counts move at local midnight, not UTC's.
test.use({ timezoneId: 'Asia/Ho_Chi_Minh' });

const UNIT = 'Department of Personnel';

/** The cells of the row of `name` in a table: the label, then the counts. */
const rowCells = (table: Locator, name: string) => table.getByRole('row').filter({ has: table.page().getByRole('cell', { name, exact: true }) }).getByRole('cell');

const deadlinePanel = (page: Page) => page.getByRole('region', { name: 'Deadlines as the Government Office counts them' });

test('a unit and a due date set on a commitment filter the lists by URL, and the counts turn overdue as the clock passes the date', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-02T09:00:00Z'));
  await page.goto('/commitments/r292-t3-m1?lang=en');
  const form = page.getByRole('form', { name: 'Units and due date' });
  await form.getByLabel('Lead unit').fill(UNIT);
  await form.getByLabel('Co-leads').fill('Diplomatic Academy');
  await form.getByLabel('Due date').fill('2026-12-31');
  await form.getByRole('button', { name: 'Save units and due date' }).click();
  const facts = page.getByRole('article');
  await expect(facts.getByRole('definition').filter({ hasText: UNIT })).toContainText('(set by users)');
  await expect(facts.getByRole('definition').filter({ hasText: '31 December 2026' })).toBeVisible();

  // The unit in the URL filters the lists, and the filter bar says which unit it is.
  await page.goto(`/?lang=en&unit=${encodeURIComponent(UNIT)}`);
  await expect(page.getByRole('combobox', { name: 'Unit' })).toHaveValue(UNIT);
  const matching = page.getByRole('region', { name: /matching commitments?$/ });
  await expect(matching.getByRole('link', { name: /Conduct research, draw up plans/ })).toBeVisible();
  await expect(matching.getByRole('link', { name: /Improve the remuneration regime/ })).toHaveCount(0);
  // Columns: unit, done on time, done late, open, overdue, no deadline, total.
  const byUnit = deadlinePanel(page).getByRole('table', { name: 'By unit' });
  await expect(rowCells(byUnit, UNIT)).toHaveText([UNIT, '0', '0', '1', '0', '0', '1']);

  // 31 December, 23:30 in Hanoi: still within the deadline.
  await page.clock.setFixedTime(new Date('2026-12-31T16:30:00Z'));
  await page.reload();
  await expect(deadlinePanel(page)).toContainText('On 31 December 2026.');
  await expect(rowCells(deadlinePanel(page).getByRole('table', { name: 'By unit' }), UNIT)).toHaveText([UNIT, '0', '0', '1', '0', '0', '1']);

  // 1 January, 00:30 in Hanoi (still 31 December in UTC): overdue.
  await page.clock.setFixedTime(new Date('2026-12-31T17:30:00Z'));
  await page.reload();
  await expect(deadlinePanel(page)).toContainText('On 1 January 2027.');
  await expect(rowCells(deadlinePanel(page).getByRole('table', { name: 'By unit' }), UNIT)).toHaveText([UNIT, '0', '0', '0', '1', '0', '1']);
  await expect(page.getByRole('region', { name: 'Status by responsible unit' }).getByRole('link', { name: `Show the commitments of ${UNIT}` })).toBeVisible();

  // The slide says it in its title, for the unit the URL names.
  await page.goto(`/present?lang=en&unit=${encodeURIComponent(UNIT)}`);
  await expect(page.locator('.present-counter')).toHaveText(/^Slide 1 of \d+$/);
  await page.keyboard.press('End');
  await expect(page.getByRole('heading', { level: 1, name: 'Deadlines on 1 January 2027 — 1 commitment overdue' })).toBeVisible();
  // The overdue card names what is overdue and who leads it.
  await expect(page.locator('.slide-card').filter({ hasText: 'Overdue' }).locator('.slide-card-detail')).toHaveText(new RegExp(`^Conduct research, draw up plans.*\\(${UNIT}\\)$`));
});
