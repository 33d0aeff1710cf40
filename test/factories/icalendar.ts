/**
 * Reads an iCalendar file back with ical.js (Mozilla's parser), so tests check what a calendar
 * application would see, not the text our writer happens to produce.
 */
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  /** YYYY-MM-DD for an all-day event. */
  start: string;
  allDay: boolean;
  /** YYYY-MM-DD, exclusive. */
  end: string;
  categories: string[];
}

export function readICalendar(text: string): { name: string | null; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v): ParsedEvent => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString().slice(0, 10),
      allDay: event.startDate.isDate,
      end: event.endDate.toString().slice(0, 10),
      categories: v.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
    };
  });
  const name = calendar.getFirstPropertyValue('x-wr-calname');
  return { name: typeof name === 'string' ? name : null, events };
}
