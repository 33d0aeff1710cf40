/**
 * What goes into the calendar file: the deadlines sources set (a commitment's due year, a target's
 * milestone), the due dates the team set, the meetings held and the decisions still open. Plain
 * data; src/lib/icalendar.ts writes it as iCalendar. A plan's horizon is not a deadline.
 */
import { localize } from './localize';
import type { MergedRecords } from './merge-records';
import type { Locale } from './types';

export type CalendarEntryKind = 'deadline' | 'milestone' | 'meeting' | 'action';

export interface CalendarEntry {
  /** Stable across exports, so a calendar that subscribes updates an entry rather than adding it twice. */
  uid: string;
  kind: CalendarEntryKind;
  /** YYYY-MM-DD: an all-day entry on that day. */
  day: string;
  title: string;
  description: string;
}

/** The words the entries are made of, in the reader's language. */
export interface CalendarWords {
  due: string;
  milestone: string;
  meeting: string;
  action: string;
  commitments: (count: number) => string;
  owner: string;
  about: string;
  /** Between a label and what follows: ": ", or "\u202f: " in French. */
  colon: string;
}

export const ENGLISH_CALENDAR_WORDS: CalendarWords = {
  due: 'Due',
  milestone: 'Target',
  meeting: 'Meeting',
  action: 'Action',
  commitments: (count) => `${count} commitments`,
  owner: 'Owner',
  about: 'about',
  colon: ': ',
};

const lastDay = (year: number) => `${String(year).padStart(4, '0')}-12-31`;

/** Every entry, soonest first (then by uid), for `locale` with `words`. */
export function calendarEntries(merged: MergedRecords, locale: Locale, words: CalendarWords): CalendarEntry[] {
  const { data, assignments, meetings, decisions } = merged;
  const text = (t: Parameters<typeof localize>[0]) => localize(t, locale);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const codeOf = new Map(data.resolutions.map((r) => [r.id, r.code]));
  const entries: CalendarEntry[] = [];

  // Due years, one entry per resolution and year: twenty measures due in 2030 are one deadline.
  const byYear = new Map<string, { code: string; year: number; texts: string[] }>();
  for (const c of data.commitments) {
    const own = assignments.get(c.id)?.dueOn ?? null;
    const code = c.resolutionId === null ? '' : (codeOf.get(c.resolutionId) ?? '');
    if (own !== null) {
      entries.push({ uid: `due-${c.id}`, kind: 'deadline', day: own, title: `${words.due}${words.colon}${text(c.text)}`, description: code });
    } else if (c.dueYear !== null && c.resolutionId !== null) {
      const key = `${c.resolutionId}|${c.dueYear}`;
      const group = byYear.get(key) ?? { code, year: c.dueYear, texts: [] };
      group.texts.push(text(c.text));
      byYear.set(key, group);
    }
  }
  for (const [key, g] of byYear) {
    const what = g.texts.length === 1 ? g.texts[0] : words.commitments(g.texts.length);
    entries.push({
      uid: `due-${key.replace('|', '-')}`,
      kind: 'deadline',
      day: lastDay(g.year),
      title: `${words.due}${words.colon}${g.code} — ${what}`,
      description: g.texts.map((t) => `• ${t}`).join('\n'),
    });
  }
  for (const t of data.targets)
    for (const m of t.milestones)
      entries.push({
        uid: `milestone-${t.id}-${m.year}`,
        kind: 'milestone',
        day: lastDay(m.year),
        title: `${words.milestone}${words.colon}${text(t.label)} — ${m.approximate ? `${words.about} ` : ''}${number.format(m.value)} ${text(t.unit)}`,
        description: codeOf.get(t.resolutionId) ?? '',
      });
  const meetingTitle = new Map(meetings.map((m) => [m.id, m.title]));
  for (const m of meetings)
    entries.push({
      uid: `meeting-${m.id}`,
      kind: 'meeting',
      day: m.date,
      title: `${words.meeting}${words.colon}${m.title}`,
      description: [m.participants, m.notes].filter((s) => s.trim() !== '').join('\n\n'),
    });
  const commitmentText = new Map(data.commitments.map((c) => [c.id, text(c.text)]));
  for (const d of decisions) {
    if (d.done !== null) continue;
    entries.push({
      uid: `action-${d.id}`,
      kind: 'action',
      day: d.dueOn,
      title: `${words.action}${words.colon}${d.text} (${d.owner})`,
      description: [
        `${words.owner}${words.colon}${d.owner}`,
        `${words.meeting}${words.colon}${meetingTitle.get(d.meetingId) ?? ''}`,
        ...d.commitmentIds.map((id) => `• ${commitmentText.get(id) ?? id}`),
      ].join('\n'),
    });
  }
  return entries.sort((a, b) => a.day.localeCompare(b.day) || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
}
