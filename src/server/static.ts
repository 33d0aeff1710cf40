import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

/** Tells the built dashboard it is served by a team workspace (a meta tag: no inline script). */
export const WORKSPACE_META = '<meta name="policy-targets-workspace" content="/api" />';
/** Where the workspace serves the build's first-paint script, which the static build inlines. */
export const FIRST_PAINT_PATH = '/first-paint.js';

const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/;
/** The scripts the static build starts after its prerendered first paint, and their inline starter. */
const AFTER_PAINT = /<template id="after-paint">([\s\S]*?)<\/template><script>[\s\S]*?<\/script>/;
const PRERENDERED_ROOT = /<div id="root" data-prerendered="[^"]*"[^>]*>[\s\S]*?<\/div>(?=\s*<script)/;
const SHELL_ROOT = '<div id="root"><div class="app-shell" role="status"><span class="brand-name">Policy Targets</span></div></div>';

/**
 * The build's index.html as the workspace serves it, under a CSP with `script-src 'self'`:
 * - marked as a workspace;
 * - its one inline script (src/app/first-paint.ts: language, theme, no flash) served from a file
 *   at the same place in the page, so it still runs before the first paint;
 * - the plain shell in place of the prerendered overview: a workspace first asks who is signed in;
 * - so the app's scripts, which the static build starts after its first paint, start at once
 *   (and no second inline script is needed).
 */
export function workspaceIndex(html: string): { html: string; firstPaint: string } {
  const firstPaint = INLINE_SCRIPT.exec(html)?.[1] ?? '';
  return {
    firstPaint,
    html: html
      .replace('<head>', `<head>\n    ${WORKSPACE_META}`)
      .replace(AFTER_PAINT, (_all, parked: string) => parked)
      .replace(PRERENDERED_ROOT, SHELL_ROOT)
      .replace(INLINE_SCRIPT, `<script src="${FIRST_PAINT_PATH}"></script>`),
  };
}

/**
 * Serves the built dashboard from `distDir`: files as they are (hashed assets cached for a year),
 * and every other page path answered with index.html, marked as a workspace.
 */
export function serveDashboard(app: Hono<never>, distDir: string): void {
  const indexFile = join(distDir, 'index.html');
  let index: ReturnType<typeof workspaceIndex> | undefined;
  const built = () => (index ??= workspaceIndex(readFileSync(indexFile, 'utf8')));
  const indexHtml = () => built().html;

  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.get('/', (c) => c.html(indexHtml(), 200, { 'Cache-Control': 'no-cache' }));
  app.get('/index.html', (c) => c.html(indexHtml(), 200, { 'Cache-Control': 'no-cache' }));
  app.get(FIRST_PAINT_PATH, (c) => c.body(built().firstPaint, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' }));
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
