import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { streamSSE } from 'hono/streaming';
import { findSession, SESSION_COOKIE } from '../auth/sessions';
import { requireRole, type AppEnv } from '../http/context';

export const HEARTBEAT_MS = 15_000;

/**
 * GET /api/events: Server-Sent Events. A `records` event (JSON: type, id, version, by) for every
 * change to the records, from any instance on the same database. A comment every 15 s keeps
 * proxies from closing the stream; a session that ended closes it.
 */
export const eventsRoutes = new Hono<AppEnv>().get('/', requireRole('viewer'), (c) => {
  const { hub, db, publicRead } = c.var.options;
  const token = getCookie(c, SESSION_COOKIE);
  c.header('Cache-Control', 'no-store');
  c.header('X-Accel-Buffering', 'no');
  return streamSSE(c, async (stream) => {
    const off = hub.subscribe((event) => {
      void stream.writeSSE({ event: 'records', data: JSON.stringify(event) });
    });
    stream.onAbort(off);
    await stream.writeSSE({ event: 'ready', data: '{}', retry: 2000 });
    try {
      while (!stream.aborted && !stream.closed) {
        await stream.sleep(HEARTBEAT_MS);
        if (c.var.account && !(await findSession(db, token))) break;
        if (!c.var.account && !publicRead) break;
        await stream.write(': ping\n\n');
      }
    } catch {
      // The server is shutting down (its database closed): the browser reconnects to another.
    } finally {
      off();
    }
  });
});
