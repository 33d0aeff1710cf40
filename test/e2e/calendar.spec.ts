import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { readICalendar } from '../factories/icalendar';

/** Downloads the overview's calendar and reads it back as a calendar application would. */
async function downloadCalendar(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  expect(file.suggestedFilename()).toMatch(/^policy-targets-calendar-\d{4}-\d{2}-\d{2}\.ics$/);
  return readICalendar((await readFile((await file.path())!)).toString('utf8'));
}

test('the overview hands over the deadlines as a calendar file, in the reader’s language', async ({ page }) => {
  await page.goto('/?lang=en');
  const english = await downloadCalendar(page, 'Download the calendar (.ics)');
  expect(english.name).toBe('Policy Targets — deadlines and actions');
  const agencies = english.events.find((e) => e.start === '2030-12-31' && e.summary.startsWith('Target:') && e.summary.includes('115'));
  expect(agencies, english.events.map((e) => e.summary).join('\n')).toBeDefined();
  expect(agencies?.allDay).toBe(true);
  expect(english.events.some((e) => e.start === '2045-12-31' && e.summary.includes('150'))).toBe(true);

  await page.goto('/?lang=fr');
  const french = await downloadCalendar(page, 'Télécharger le calendrier (.ics)');
  expect(french.events.map((e) => e.uid)).toEqual(english.events.map((e) => e.uid));
  expect(french.events.find((e) => e.uid === agencies?.uid)?.summary).toMatch(/^Cible\u202f: /);
});
