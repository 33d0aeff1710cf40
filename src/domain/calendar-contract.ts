import { z } from 'zod';
import type { CalendarWords } from './calendar';
import { LOCALES } from './vocabulary';

/**
 * A calendar subscription on the team workspace (POST /api/calendar/feed): the dashboard sends the
 * words in its reader's language, the server keeps them with the feed and answers a private address
 * a calendar application can poll without a session (GET /api/calendar/<token>.ics).
 */
const word = z.string().trim().min(1).max(60);

export const calendarFeedRequestSchema = z.object({
  locale: z.enum(LOCALES),
  name: word,
  words: z.object({
    due: word,
    milestone: word,
    meeting: word,
    action: word,
    owner: word,
    about: z.string().trim().max(60),
    colon: z.string().max(4).default(': '),
    /** "{{count}} commitments" in the reader's language. */
    commitments: word.refine((s) => s.includes('{{count}}'), 'says where the count goes with {{count}}'),
  }),
});

export type CalendarFeedRequest = z.infer<typeof calendarFeedRequestSchema>;

export const calendarFeedResponseSchema = z.object({ url: z.string().regex(/^\/api\/calendar\/[A-Za-z0-9_-]+\.ics$/) });

export const calendarApiPaths = {
  feed: () => '/api/calendar/feed',
  file: (token: string) => `/api/calendar/${token}.ics`,
};

export function wordsOfFeed(words: CalendarFeedRequest['words']): CalendarWords {
  return { ...words, commitments: (count) => words.commitments.replaceAll('{{count}}', String(count)) };
}
