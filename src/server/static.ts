import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

/** Tells the built dashboard it is served by a team workspace (a meta tag: no inline script). */
export const WORKSPACE_META = '<meta name="policy-targets-workspace" content="/api" />';

/**
 * Serves the built dashboard from `distDir`: files as they are (hashed assets cached for a year),
 * and every other page path answered with index.html, marked as a workspace.
 */
export function serveDashboard(app: Hono<never>, distDir: string): void {
  const indexFile = join(distDir, 'index.html');
  let index: string | undefined;
  const indexHtml = () => (index ??= readFileSync(indexFile, 'utf8').replace('<head>', `<head>\n    ${WORKSPACE_META}`));

  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.get('/', (c) => c.html(indexHtml(), 200, { 'Cache-Control': 'no-cache' }));
  app.get('/index.html', (c) => c.html(indexHtml(), 200, { 'Cache-Control': 'no-cache' }));
  app.use(
    '*',
    serveStatic({
      root: distDir,
      onFound: (path, c) => {
        if (!path.includes('/assets/')) c.header('Cache-Control', 'no-cache');
      },
    }),
  );
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/') || !existsSync(indexFile)) return c.notFound();
    // A path with a file extension that is not there is a missing file, not a page of the app.
    if (/\.[a-z0-9]+$/i.test(c.req.path)) return c.notFound();
    return c.html(indexHtml(), 200, { 'Cache-Control': 'no-cache' });
  });
}
