/**
 * Writes calendar entries as an iCalendar file (RFC 5545) with the `ics` package: it folds long
 * lines, escapes text and formats dates as the standard wants, which a hand-written writer gets
 * wrong in the corners (commas, semicolons, Vietnamese text cut mid-character).
 */
import { createEvents, type EventAttributes } from 'ics';
import type { CalendarEntry } from '../domain/calendar';

const PRODUCT = 'policy-targets/calendar';

const dateArray = (day: string): [number, number, number] => {
  const [y, m, d] = day.split('-').map(Number);
  return [y!, m!, d!];
};

/** The file's text; throws with the library's reason if an entry cannot be written. */
export function writeICalendar(entries: readonly CalendarEntry[], calendarName: string): string {
  if (entries.length === 0) {
    // `ics` refuses an empty list; an empty calendar is still a valid (and useful) subscription.
    return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', `PRODID:${PRODUCT}`, 'METHOD:PUBLISH', `X-WR-CALNAME:${calendarName}`, 'END:VCALENDAR', ''].join('\r\n');
  }
  const events: EventAttributes[] = entries.map((e) => ({
    uid: `${e.uid}@policy-targets`,
    start: dateArray(e.day),
    duration: { days: 1 },
    title: e.title,
    description: e.description,
    categories: [e.kind],
    transp: 'TRANSPARENT',
  }));
  const { error, value } = createEvents(events, { productId: PRODUCT, method: 'PUBLISH', calName: calendarName });
  if (error || value === null) throw error ?? new Error('The calendar could not be written.');
  return value;
}
