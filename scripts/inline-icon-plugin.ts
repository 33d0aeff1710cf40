/**
 * Puts the site's icon (public/favicon.svg, its one source) into index.html as a data: URI, in
 * development and in the build: a request for the icon before the first paint is presented counts,
 * in Lighthouse's simulated mobile load, as part of the time to that paint (issue 13). The
 * Content-Security-Policy allows `img-src data:`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const ICON_LINK = /href="\/favicon\.svg"/;

export function inlineIcon(): Plugin {
  let publicDir = join(process.cwd(), 'public');
  return {
    name: 'policy-targets:inline-icon',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    transformIndexHtml(html) {
      const svg = readFileSync(join(publicDir, 'favicon.svg'), 'utf8').trim();
      return html.replace(ICON_LINK, `href="data:image/svg+xml,${encodeURIComponent(svg)}"`);
    },
  };
}
