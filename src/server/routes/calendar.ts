import { createHash, randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { calendarApiPaths, calendarFeedRequestSchema, wordsOfFeed, type CalendarFeedRequest } from '../../domain/calendar-contract';
import { calendarEntries } from '../../domain/calendar';
import { mergeRecords } from '../../domain/merge-records';
import { withoutMeta } from '../../domain/workspace';
import { writeICalendar } from '../../lib/icalendar';
import { fail, requireRole, type AppEnv } from '../http/context';
import { listRecords } from '../records-store';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The signed-in person's calendar as a private address: anyone holding it can read deadlines,
 * meetings and open actions (a calendar application sends no cookie), so it is long and random,
 * stored hashed, stops working when the account is disabled, and is replaced by asking again.
 */
export const calendarRoutes = new Hono<AppEnv>()
  .post('/feed', requireRole('viewer'), async (c) => {
    const { account, options } = c.var;
    if (!account) return fail(c, 401, 'signed-out', 'Sign in to get your own calendar address.');
    const parsed = calendarFeedRequestSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return fail(c, 400, 'invalid', parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
    const token = randomBytes(32).toString('base64url');
    await options.db.query(
      `insert into calendar_feeds (user_id, token_hash, settings) values ($1, $2, $3::text::jsonb)
       on conflict (user_id) do update set token_hash = excluded.token_hash, settings = excluded.settings, created_at = now()`,
      [account.id, hashToken(token), JSON.stringify(parsed.data)],
    );
    return c.json({ url: calendarApiPaths.file(token) }, 201);
  })
  .get('/:file', async (c) => {
    const { options } = c.var;
    const match = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(c.req.param('file'));
    const [feed] = match
      ? await options.db.query<{ settings: CalendarFeedRequest | string }>(
          `select f.settings from calendar_feeds f join users u on u.id = f.user_id where f.token_hash = $1 and u.disabled_at is null`,
          [hashToken(match[1]!)],
        )
      : [];
    if (!feed) return fail(c, 404, 'not-found', 'No calendar at this address: it was replaced by a newer one, or its account is disabled.');
    const settings = calendarFeedRequestSchema.parse(typeof feed.settings === 'string' ? JSON.parse(feed.settings) : feed.settings);
    const dataset = await options.dataset?.();
    if (!dataset) return fail(c, 500, 'no-dataset', 'The server has no dataset to write the calendar from.');
    const records = (await listRecords(options.db)).map(withoutMeta);
    const text = writeICalendar(calendarEntries(mergeRecords(dataset, records), settings.locale, wordsOfFeed(settings.words)), settings.name);
    c.header('Content-Disposition', 'inline; filename="policy-targets.ics"');
    return c.body(text, 200, { 'Content-Type': 'text/calendar; charset=utf-8' });
  });
