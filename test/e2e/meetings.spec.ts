import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// A whole review cycle, then an axe run on each of its views in two themes, on a shared two-core machine.
test.describe.configure({ timeout: 240_000 });

const DAY_ONE = new Date('2026-12-01T09:00:00Z');
const DAY_TWO = new Date('2026-12-02T09:00:00Z');
const PAST_DUE = new Date('2026-12-20T09:00:00Z');

async function holdMeeting(page: Page, date: string, title: string) {
  await page.goto('/meetings?lang=en');
  const form = page.getByRole('form', { name: 'Hold a meeting' });
  await form.getByLabel('Date').fill(date);
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Participants').fill('Department of Planning; Legal Department');
  await form.getByRole('button', { name: 'Hold the meeting' }).click();
  await expect(page.getByRole('article', { name: title })).toBeVisible();
}

async function assess(page: Page, commitmentId: string, status: string, justification: string) {
  await page.goto(`/commitments/${commitmentId}?lang=en`);
  const form = page.getByRole('form', { name: 'Assess the status' });
  await form.getByLabel('Status').selectOption(status);
  await form.getByLabel('Date of the assessment').fill('2026-12-02');
  await form.getByLabel('Justification').fill(justification);
  await form.getByRole('button', { name: 'Record the assessment' }).click();
  await expect(page.getByRole('table', { name: /Assessments of this commitment/ })).toContainText(justification);
}

/** The sentences of what changed from meeting 1 to meeting 2, in the order every view lists them. */
const CHANGES = [
  /^Perfect institutions.*: Not assessed → In progress\. Assessed on 2 December 2026: “Draft decree with the Government Office”$/,
  /^Perfect the organisational structure.*: Not assessed → At risk\. Assessed on 2 December 2026: “Staffing plan not approved”$/,
  /^Vietnamese representative agencies abroad: first figure 97 agencies \(30 November 2026\)\. Verdict: No data\. Pace needed: .+ a year\.$/,
  'New decision: Send the draft decree to the provinces (Legal Department, due 15 December 2026).',
];

test('a review cycle: what changed between two meetings and the open decision, on the overview, the slides and the report; overdue once its date passes', async ({ page }) => {
  await page.clock.setFixedTime(DAY_ONE);
  await holdMeeting(page, '2026-12-01', 'First review');

  await page.clock.setFixedTime(DAY_TWO);
  await assess(page, 'r292-t1', 'in_progress', 'Draft decree with the Government Office');
  await assess(page, 'r292-t2', 'at_risk', 'Staffing plan not approved');
  await page.goto('/targets/agencies-abroad?lang=en');
  const figure = page.getByRole('form', { name: 'Record a figure' });
  await figure.getByLabel('Value (agencies)').fill('97');
  await figure.getByLabel('As of').fill('2026-11-30');
  await figure.getByLabel('Source', { exact: true }).fill('MOFA annual report');
  await figure.getByRole('button', { name: 'Record the figure' }).click();
  await expect(page.getByRole('figure')).toContainText('Latest recorded figure: 97 agencies');

  await page.goto('/meetings?lang=en');
  const first = page.getByRole('article', { name: 'First review' });
  await first.getByText('Add a decision').click();
  const decision = first.getByRole('form', { name: 'Add a decision to First review' });
  await decision.getByLabel('Decision').fill('Send the draft decree to the provinces');
  await decision.getByLabel('Owner').fill('Legal Department');
  await decision.getByLabel('Due date').fill('2026-12-15');
  await decision.getByLabel('Linked commitments').selectOption('r292-t1');
  await decision.getByRole('button', { name: 'Add the decision' }).click();
  await expect(first.getByRole('listitem').filter({ hasText: 'Send the draft decree' })).toContainText('Open');

  await holdMeeting(page, '2026-12-02', 'Second review');
  // Meeting 2's agenda carries the open decision forward.
  await expect(page.getByRole('article', { name: 'Second review' }).getByRole('listitem')).toContainText(['Send the draft decree to the provinces']);

  await page.goto('/?lang=en');
  const panel = page.getByRole('region', { name: 'Since the last meeting' });
  await expect(panel).toContainText('From “First review” (1 December 2026) to “Second review” (2 December 2026)');
  await expect(panel.locator('.change-list > li')).toHaveText(CHANGES);
  const actions = panel.getByRole('table', { name: 'Open actions' }).getByRole('row');
  await expect(actions).toHaveCount(2);
  await expect(actions.nth(1).getByRole('cell')).toHaveText(['Send the draft decree to the provinces', 'Legal Department', '15 December 2026', 'Open']);
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download the changes (CSV)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^policy-targets-changes-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await (await download).path())!, 'utf8');
  expect(csv.split('\r\n').map((line) => line.split(',')[0])).toEqual(['\uFEFFchange', 'status', 'status', 'figure', 'decision-added', '']);

  await page.getByRole('link', { name: 'Present', exact: true }).click();
  const title = page.getByRole('heading', { level: 1 });
  await expect(page.locator('.present-counter')).toHaveText(/^Slide 1 of/);
  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText('Where we stand');
  // The review opens right after the headline figures.
  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText('Since the last meeting');
  await expect(page.locator('.slide-date')).toHaveText('From “First review” (1 December 2026) to “Second review” (2 December 2026)');
  await expect(page.locator('.slide-card-text')).toHaveText(CHANGES);
  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText('Open actions');
  await expect(page.locator('.slide-card')).toHaveText(['Legal DepartmentSend the draft decree to the provincesdue 15 December 2026']);

  await page.goto('/report?lang=en');
  const section = page.getByRole('region', { name: 'Since the last meeting' });
  await expect(section.locator('.change-list > li')).toHaveText(CHANGES);
  await expect(section.getByRole('table', { name: 'Open actions' }).getByRole('row').nth(1).getByRole('cell')).toHaveText([
    'Send the draft decree to the provinces',
    'Legal Department',
    '15 December 2026',
    'Open',
  ]);

  // Past its due date, the open decision is overdue wherever it shows.
  await page.clock.setFixedTime(PAST_DUE);
  await page.goto('/meetings?lang=en');
  await expect(page.getByRole('article', { name: 'First review' }).getByRole('listitem').filter({ hasText: 'Send the draft decree' })).toContainText(/^Overdue Send the draft decree/);
  await page.goto('/?lang=en');
  await expect(page.getByRole('region', { name: 'Since the last meeting' }).getByRole('table', { name: 'Open actions' }).getByRole('row').nth(1)).toContainText('Overdue');
  await page.goto('/present?lang=en&slide=4');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open actions');
  await expect(page.locator('.slide-card')).toHaveText(['Legal DepartmentSend the draft decree to the provincesOverdue · due 15 December 2026']);

  // Every view of the review, in the light and the dark theme, as the other views are checked.
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const url of ['/meetings?lang=en', '/?lang=fr', '/report?lang=vi', '/present?lang=en&slide=3', '/present?lang=en&slide=4']) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      // Slides choose their own contrast (present.spec checks them); the pages follow the system.
      if (!url.startsWith('/present')) await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      if (url.startsWith('/?')) await expect(page.getByRole('region', { name: 'Depuis la dernière réunion' })).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${url} ${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  }

  // Read from the back of the room: at 1920×1080 the review slides' text is at least 28 px and none is cut off.
  await page.setViewportSize({ width: 1920, height: 1080 });
  for (const n of [3, 4]) {
    await page.goto(`/present?lang=vi&slide=${n}`);
    await expect(page.locator('.slide-card').first()).toBeVisible();
    const seen = await page.evaluate(() => {
      const slide = document.querySelector('.slide')!;
      const box = slide.getBoundingClientRect();
      const texts = [...slide.querySelectorAll('.slide-body p, .slide-body li, .slide-body span')].filter((el) => !el.closest('.slide-sources') && (el.textContent ?? '').trim() !== '');
      return {
        small: texts.filter((el) => parseFloat(getComputedStyle(el).fontSize) < 28).map((el) => (el.textContent ?? '').slice(0, 30)),
        out: [...slide.querySelectorAll('h1, p, li')].filter((el) => el.getBoundingClientRect().bottom > box.bottom + 1).map((el) => (el.textContent ?? '').slice(0, 30)),
        clipped: [...slide.querySelectorAll<HTMLElement>('.slide-card')].filter((c) => c.scrollHeight > c.clientHeight + 1).map((c) => (c.textContent ?? '').slice(0, 30)),
      };
    });
    expect(seen, `slide ${n}`).toEqual({ small: [], out: [], clipped: [] });
  }
});
