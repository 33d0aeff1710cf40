/** The JavaScript the first view needs: index.html's module scripts and their modulepreloads, gzipped. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function initialScripts(indexHtml: string): string[] {
  const srcs = [...indexHtml.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...indexHtml.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set([...srcs, ...preloads])];
}

export function initialJsGzipBytes(distDir: string): { files: string[]; bytes: number } {
  const files = initialScripts(readFileSync(join(distDir, 'index.html'), 'utf8'));
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(distDir, f.replace(/^\//, '')))).length, 0);
  return { files, bytes };
}
