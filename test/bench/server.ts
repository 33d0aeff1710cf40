/**
 * A plain static server for the benchmark: the production build (with the SPA fallback), the
 * generated datasets under /bench/, and /floor.html, the smallest page this machine can load.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

export const FLOOR_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head><body><h1>Floor</h1></body></html>';

const gzipCache = new Map<string, Buffer>();
function gzipped(path: string, body: Buffer): Buffer {
  let z = gzipCache.get(path);
  if (!z) gzipCache.set(path, (z = gzipSync(body, { level: 6 })));
  return z;
}

async function fileIn(root: string, urlPath: string): Promise<string | null> {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  if (!path.startsWith(root)) return null;
  try {
    return (await stat(path)).isFile() ? path : null;
  } catch {
    return null;
  }
}

export async function startServer(distDir: string, datasetsDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/floor.html') {
        res.writeHead(200, { 'content-type': TYPES['.html']! }).end(FLOOR_PAGE);
        return;
      }
      const path = url.pathname.startsWith('/bench/')
        ? await fileIn(datasetsDir, url.pathname.slice('/bench/'.length))
        : ((await fileIn(distDir, url.pathname)) ?? (extname(url.pathname) ? null : join(distDir, 'index.html')));
      if (!path) {
        res.writeHead(404).end('not found');
        return;
      }
      const hashed = url.pathname.startsWith('/assets/');
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      // Compressed as any production host would serve it (Lighthouse counts the bytes sent).
      const compress = /gzip/.test(String(req.headers['accept-encoding'] ?? '')) && !type.startsWith('image/png');
      const body = await readFile(path);
      res.writeHead(200, {
        'content-type': type,
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      });
      res.end(compress ? gzipped(path, body) : body);
    })().catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
