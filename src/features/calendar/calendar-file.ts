import type { CalendarWords } from '../../domain/calendar';
import type { MergedRecords } from '../../domain/merge-records';
import type { Locale } from '../../domain/types';

/** The calendar file's text. Loaded on demand: the writer and its library stay out of the first view. */
export async function calendarText(merged: MergedRecords, locale: Locale, words: CalendarWords, name: string): Promise<string> {
  const [{ calendarEntries }, { writeICalendar }] = await Promise.all([import('../../domain/calendar'), import('../../lib/icalendar')]);
  return writeICalendar(calendarEntries(merged, locale, words), name);
}

/** Asks the team workspace for the signed-in person's private calendar address (absolute). */
export async function calendarAddress(base: string, locale: Locale, words: Record<keyof CalendarWords, string>, name: string): Promise<string> {
  const { createWorkspaceClient } = await import('../../api/workspace-client');
  const path = await createWorkspaceClient(base).calendarFeed({ locale, name, words });
  return new URL(`${base.replace(/\/+$/, '')}${path}`, window.location.href).href;
}
