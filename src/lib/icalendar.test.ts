import { describe, expect, it } from 'vitest';
import { readICalendar } from '../../test/factories/icalendar';
import type { CalendarEntry } from '../domain/calendar';
import { writeICalendar } from './icalendar';

const entries: CalendarEntry[] = [
  { uid: 'meeting-u-m1', kind: 'meeting', day: '2026-03-01', title: 'Meeting: March review', description: 'Planning; Consular' },
  { uid: 'action-u-d1', kind: 'action', day: '2026-04-15', title: 'Action: Send the draft; then, report (Consular)', description: 'Owner: Consular Department' },
  { uid: 'due-r1-2026', kind: 'deadline', day: '2026-12-31', title: 'Due: 292/NQ-CP — 2 commitments', description: '• One\n• Two' },
];

describe('writeICalendar', () => {
  it('writes a file a calendar parser reads back entry for entry, as all-day events', () => {
    const parsed = readICalendar(writeICalendar(entries, 'Policy Targets'));
    expect(parsed.name).toBe('Policy Targets');
    expect(parsed.events.map((e) => [e.uid, e.start, e.end, e.allDay, e.summary, e.description, e.categories])).toEqual([
      ['meeting-u-m1@policy-targets', '2026-03-01', '2026-03-02', true, 'Meeting: March review', 'Planning; Consular', ['meeting']],
      ['action-u-d1@policy-targets', '2026-04-15', '2026-04-16', true, 'Action: Send the draft; then, report (Consular)', 'Owner: Consular Department', ['action']],
      ['due-r1-2026@policy-targets', '2026-12-31', '2027-01-01', true, 'Due: 292/NQ-CP — 2 commitments', '• One\n• Two', ['deadline']],
    ]);
  });

  it('keeps Vietnamese text whole, and an empty calendar is still a calendar', () => {
    const title = 'Họp giao ban: rà soát việc thực hiện Nghị quyết 292/NQ-CP về công tác đối ngoại đến năm 2030';
    const vi: CalendarEntry[] = [{ uid: 'x', kind: 'meeting', day: '2026-05-19', title, description: 'Bộ Ngoại giao; các địa phương' }];
    expect(readICalendar(writeICalendar(vi, 'Lịch')).events[0]?.summary).toBe(title);
    expect(readICalendar(writeICalendar([], 'Empty'))).toEqual({ name: 'Empty', events: [] });
  });
});
