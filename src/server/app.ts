import { Hono } from 'hono';
import { fail, loadAccount, type AppEnv, type ServerOptions } from './http/context';
import { sameOriginWrites, securityHeaders } from './http/security';
import { adminRoutes } from './routes/admin';
import { calendarRoutes } from './routes/calendar';
import { eventsRoutes } from './routes/events';
import { recordsRoutes } from './routes/records';
import { sessionRoutes } from './routes/session';
import { serveDashboard } from './static';

/**
 * The workspace: the API under /api (session, records, events, accounts and audit) and, given a
 * built dashboard, its files. Every response carries the security headers.
 */
export function createApp(options: ServerOptions & { distDir?: string }) {
  const app = new Hono<AppEnv>();
  app.use(securityHeaders);
  app.use('/api/*', async (c, next) => {
    c.set('options', options);
    c.header('Cache-Control', 'no-store');
    await next();
  });
  app.use('/api/*', sameOriginWrites);
  app.use('/api/*', loadAccount);
  app.route('/api/session', sessionRoutes);
  app.route('/api/records', recordsRoutes);
  app.route('/api/events', eventsRoutes);
  app.route('/api/calendar', calendarRoutes);
  app.route('/api', adminRoutes);
  app.all('/api/*', (c) => fail(c, 404, 'not-found', 'No such endpoint.'));
  app.onError((error, c) => {
    console.error(error);
    return fail(c, 500, 'internal', 'The server failed; nothing was changed.');
  });
  if (options.distDir) serveDashboard(app as unknown as Hono<never>, options.distDir);
  return app;
}
