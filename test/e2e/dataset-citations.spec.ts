import { expect, test } from '@playwright/test';

/** What a reader who checks the dataset against its sources sees: honest deadlines, marked inferences, translations named. */
test.describe('the dataset as a ministry would cite it', () => {
  test('Resolution 292 shows its 2030 as the plan’s horizon, and "due 2030" only where the source sets it', async ({ page }) => {
    await page.goto('/resolutions/r292?lang=en');
    const tree = page.getByRole('list', { name: 'Tasks and measures' });
    await expect(tree.locator(':scope > li')).toHaveCount(6);
    await expect(tree.getByText('horizon 2030', { exact: true })).toHaveCount(18);
    // Only the network of about 115 agencies by 2030 is due then, on the article's word.
    const due = tree.getByText('due 2030', { exact: true });
    await expect(due).toHaveCount(1);
    await expect(tree.locator('.tree-row').filter({ has: page.getByText('due 2030', { exact: true }) })).toContainText('about 115 representative agencies by 2030');

    await page.goto('/?lang=en&res=r292');
    const deadlines = page.getByRole('region', { name: 'Next deadlines' });
    await expect(deadlines).toContainText('1 measure due');
    await expect(deadlines).toContainText('6 tasks, 12 measures on the plan’s horizon');
    await expect(deadlines).not.toContainText('13 measures due');

    // The timeline and the report make the same distinction.
    await page.goto('/timeline?lang=en&res=r292&item=deadline-r292-2030');
    await expect(page.getByRole('region', { name: /Resolution 292\/NQ-CP.* · 1 measure due · 6 tasks, 12 measures on the plan’s horizon/ })).toBeVisible();
    await page.goto('/report?lang=en&res=r292');
    const section = page.getByRole('region', { name: /^Resolution 292\/NQ-CP/ });
    await expect(section.getByText('horizon 2030', { exact: true })).toHaveCount(18);
    await expect(section.getByText('due 2030', { exact: true })).toHaveCount(1);
  });

  test('flags which task a measure hangs under as inferred, and says why r292-t4-m1 is doubtful', async ({ page }) => {
    await page.goto('/resolutions/r292?lang=en');
    const row = page.locator('.tree-row', { hasText: 'Improve the remuneration regime' });
    await expect(row.getByText('Inferred', { exact: true })).toBeVisible();
    await row.getByText('Inferred', { exact: true }).click();
    await expect(row.getByText(/comes right after the training paragraph of task 3/)).toBeVisible();

    await page.goto('/commitments/r292-t4-m1?lang=fr');
    await expect(page.getByRole('note').filter({ hasText: 'Déduit' })).toContainText('tâche 3 (personnel)');
    await expect(page.getByText('Horizon du plan')).toBeVisible();
    await expect(page.getByText(/^échéance 2030$/)).toHaveCount(0);
  });

  test('a search for "66" finds the law-making resolution the article numbers 56', async ({ page }) => {
    await page.goto('/?lang=en');
    await page.getByRole('searchbox', { name: 'Search' }).fill('66');
    await expect(page).toHaveURL(/q=66/);
    const events = page.getByRole('region', { name: 'Most recent events' });
    await expect(events.getByText(/widely cited as 66-NQ\/TW/)).toBeVisible();

    await page.goto('/resolutions/r56?lang=vi');
    await expect(page.getByText('Còn được dẫn là 66-NQ/TW')).toBeVisible();
    await expect(page.getByRole('note')).toContainText('thường được dẫn là Nghị quyết số 66-NQ/TW');
  });

  test('the 18 July 2025 request is one request of the conference, shown for both resolutions it serves', async ({ page }) => {
    await page.goto('/?lang=en');
    const meetings = page.getByRole('region', { name: 'Requests and pledges made at meetings' });
    await meetings.getByText('(6 requests and pledges)').first().click();
    await expect(meetings.getByRole('link', { name: /build the important and fundamental content of Resolutions 57 and 59/ })).toHaveCount(1);
    await expect(meetings.getByRole('link', { name: /build the important and fundamental content of Resolutions 57 and 59/ })).toBeVisible();
    await meetings.locator('summary', { hasText: 'Tuyen Quang' }).click();
    await expect(meetings.getByText(/take localities as the centre of service/)).toBeVisible();

    for (const id of ['r57', 'r59']) {
      await page.goto(`/resolutions/${id}?lang=en`);
      const fromMeetings = page.getByRole('region', { name: 'Requests and pledges made at meetings' });
      await expect(fromMeetings).toContainText('By: Vice-Minister of Foreign Affairs Ngo Le Van · To: Mass organisations and people’s organisations');
    }
    await page.getByRole('link', { name: /Resolutions 57 and 59/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Mass organisations and people’s organisations are to build');
    await expect(page.getByText('Made at')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Resolution 57', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Resolution 59', exact: true })).toBeVisible();
  });

  test('each quote says it comes from Vietnam.vn’s translation, the link holding the original', async ({ page }) => {
    await page.goto('/commitments/r292-t2-m2?lang=en');
    const citations = page.getByRole('list', { name: 'Sources' });
    await expect(citations.getByText('Quoted from the French translation published by Vietnam.vn; the link opens the original, in Vietnamese.')).toBeVisible();
  });
});
