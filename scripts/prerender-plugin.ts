/**
 * Prerenders the overview's first screen into index.html at build time (issue 13), so the first
 * paint and the largest one come with the HTML instead of after the scripts. It loads the app's
 * own code with Vite's SSR loader and renders it (src/app/prerender.tsx) with the shipped dataset,
 * so it prerenders whatever the overview is at build time. The HTML it writes is what the service
 * worker precaches (vite-plugin-pwa lists the files once they are written).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';
import type * as FirstPaint from '../src/app/first-paint';
import { EARLY_WORKER_KEY } from '../src/api/early-worker';
import { policyWithScriptHashes } from '../src/config/content-security-policy';
import type * as Prerender from '../src/app/prerender';
import type * as AfterPaint from '../src/app/scripts-after-paint';
import type * as DatasetSource from '../src/config/dataset-source';

const SHELL = /<div id="root"><!--first-view-->[\s\S]*?<!--\/first-view--><\/div>/;
const FIRST_PAINT = '<!--first-paint-->';
/** What the first screen does not wait for: the app's module scripts and the dataset's preload. */
const PARKED = /<script type="module"[^>]*><\/script>|<link rel="(?:preload|modulepreload)"[^>]*>/g;

export function prerenderFirstView({ locale = 'en' as const } = {}): Plugin {
  let root = process.cwd();
  let publicDir = join(root, 'public');
  let outDir = join(root, 'dist');
  let base = '/';
  /** The Content-Security-Policy for static hosting: the inline first-paint script allowed by its hash. */
  let staticPolicy: string | undefined;
  return {
    name: 'policy-targets:prerender-first-view',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      publicDir = config.publicDir;
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
    },
    writeBundle() {
      if (staticPolicy) writeFileSync(join(outDir, 'content-security-policy.txt'), `${staticPolicy}\n`);
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!ctx.bundle) return html;
        if (!SHELL.test(html) || !html.includes(FIRST_PAINT)) throw new Error('index.html lost its <!--first-view--> or <!--first-paint--> marker');
        const bytes = readFileSync(join(publicDir, 'data/dataset.json'));
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        const server = await createServer({
          root,
          configFile: false,
          mode: 'production',
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
        });
        try {
          const { renderFirstView } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as typeof Prerender;
          const { firstPaint } = (await server.ssrLoadModule('/src/app/first-paint.ts')) as typeof FirstPaint;
          const { scriptsAfterPaint } = (await server.ssrLoadModule('/src/app/scripts-after-paint.ts')) as typeof AfterPaint;
          const { datasetFromSearch } = (await server.ssrLoadModule('/src/config/dataset-source.ts')) as typeof DatasetSource;
          const app = await renderFirstView({ json: JSON.parse(bytes.toString('utf8')), sha256, locale });
          const day = new Date().toISOString().slice(0, 10);
          const inline = `(${firstPaint.toString()})()`;
          // The dataset worker starts with the dataset's download (src/api/early-worker.ts).
          const worker = Object.values(ctx.bundle).find((file) => /(^|\/)dataset\.worker-[\w-]+\.js$/.test(file.fileName));
          if (!worker) throw new Error('the build has no dataset worker to start with the download');
          const datasetWorker = JSON.stringify({ url: `${base}${worker.fileName}`, key: EARLY_WORKER_KEY });
          const loader = `(${scriptsAfterPaint.toString()})(${datasetFromSearch.toString()}, ${datasetWorker})`;
          staticPolicy = policyWithScriptHashes([inline, loader].map((source) => createHash('sha256').update(source).digest('base64')));
          // The scripts and the dataset start once the first screen has painted (src/app/scripts-after-paint.ts).
          const parked = html.match(PARKED) ?? [];
          if (!parked.some((tag) => tag.startsWith('<script'))) throw new Error('index.html has no module script to start after the first paint');
          return html
            .replace(PARKED, '')
            .replace(SHELL, () => `<div id="root" data-prerendered="${locale}" data-prerendered-on="${day}" data-dataset-sha256="${sha256}">${app}</div>`)
            .replace(FIRST_PAINT, () => `<script>${inline}</script>`)
            .replace('</body>', () => `<template id="after-paint">${parked.join('')}</template><script>${loader}</script>\n  </body>`);
        } finally {
          await server.close();
        }
      },
    },
  };
}
