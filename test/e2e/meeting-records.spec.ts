import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { readICalendar } from '../factories/icalendar';

// A meeting, a decision and a due date recorded, then carried by the calendar and by an export.
test.describe.configure({ timeout: 120_000 });

async function recordMeetingWork(page: Page) {
  await page.goto('/meetings?lang=en');
  const hold = page.getByRole('form', { name: 'Hold a meeting' });
  await hold.getByLabel('Date').fill('2026-12-01');
  await hold.getByLabel('Title').fill('December review');
  await hold.getByLabel('Participants').fill('Department of Planning');
  await hold.getByRole('button', { name: 'Hold the meeting' }).click();
  const meeting = page.getByRole('article', { name: 'December review' });
  await meeting.getByText('Add a decision').click();
  const decision = meeting.getByRole('form', { name: 'Add a decision to December review' });
  await decision.getByLabel('Decision').fill('Brief the provinces on Resolution 292');
  await decision.getByLabel('Owner').fill('Department of Local Affairs');
  await decision.getByLabel('Due date').fill('2026-12-18');
  await decision.getByRole('button', { name: 'Add the decision' }).click();
  await expect(meeting.getByRole('listitem').filter({ hasText: 'Brief the provinces' })).toContainText('Open');

  await page.goto('/commitments/r292-t3-m1?lang=en');
  const units = page.getByRole('form', { name: 'Units and due date' });
  await units.getByLabel('Lead unit').fill('Department of Personnel');
  await units.getByLabel('Due date').fill('2027-03-31');
  await units.getByRole('button', { name: 'Save units and due date' }).click();
  await expect(page.getByRole('article').getByRole('definition').filter({ hasText: 'Department of Personnel' })).toBeVisible();
}

test('the calendar holds the meeting, the open decision and the team’s due date; an export carries them into a fresh browser, and importing it again changes nothing', async ({ page, browser }) => {
  await page.clock.setFixedTime(new Date('2026-12-02T09:00:00Z'));
  await recordMeetingWork(page);

  await page.goto('/?lang=en');
  const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the calendar (.ics)' }).click()]);
  const calendar = readICalendar(await readFile((await ics.path())!, 'utf8'));
  const summaries = calendar.events.map((e) => [e.start, e.summary]);
  expect(summaries).toContainEqual(['2026-12-01', 'Meeting: December review']);
  expect(summaries).toContainEqual(['2026-12-18', 'Action: Brief the provinces on Resolution 292 (Department of Local Affairs)']);
  expect(calendar.events.filter((e) => e.start === '2027-03-31' && e.summary.startsWith('Due: '))).toHaveLength(1);

  await page.goto('/records?lang=en');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export my records (JSON)' }).click()]);
  const exported = await readFile((await download.path())!);
  const kinds = (JSON.parse(exported.toString('utf8')) as { records: { kind: string; snapshot?: unknown }[] }).records.map((r) => r.kind).sort();
  expect(kinds).toEqual(['assignment', 'decision', 'meeting']);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.clock.setFixedTime(new Date('2026-12-02T09:00:00Z'));
  await other.goto('/records?lang=en');
  const chooseFile = () => other.getByLabel('Choose a JSON export to import').setInputFiles({ name: 'records.json', mimeType: 'application/json', buffer: exported });
  await chooseFile();
  await expect(other.getByRole('region', { name: 'Import preview' })).toContainText('3 new records, 0 changed');
  await other.getByRole('button', { name: 'Import', exact: true }).click();
  // Saved once it says so: leaving the page before then may leave the import unwritten.
  await expect(other.getByRole('status').filter({ hasText: 'Imported' })).toContainText('Imported:');
  await other.goto('/meetings?lang=en');
  await expect(other.getByRole('article', { name: 'December review' }).getByRole('listitem').filter({ hasText: 'Brief the provinces' })).toContainText('Open');
  // The snapshot came too: with one meeting, the overview compares it with today.
  await other.goto('/?lang=en');
  await expect(other.getByRole('region', { name: 'Since the last meeting' })).toContainText('December review');

  await other.goto('/records?lang=en');
  await chooseFile();
  await expect(other.getByRole('region', { name: 'Import preview' })).toContainText('0 new records, 0 changed, 3 already here');
  await expect(other.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await fresh.close();
});
