/**
 * A plain static server for the benchmark: the production build (with the SPA fallback), the
 * generated datasets under /bench/, and /floor.html, the smallest page this machine can load.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createSecureServer, type Http2SecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
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

type Request = { url?: string; headers: Record<string, string | string[] | undefined> };
type Response = {
  writeHead: (status: number, headers?: Record<string, string>) => unknown;
  end: (body?: string | Buffer) => unknown;
};

function handler(distDir: string, datasetsDir: string) {
  return (req: Request, res: Response) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/floor.html') {
        res.writeHead(200, { 'content-type': TYPES['.html']! });
        res.end(FLOOR_PAGE);
        return;
      }
      const path = url.pathname.startsWith('/bench/')
        ? await fileIn(datasetsDir, url.pathname.slice('/bench/'.length))
        : ((await fileIn(distDir, url.pathname)) ?? (extname(url.pathname) ? null : join(distDir, 'index.html')));
      if (!path) {
        res.writeHead(404);
        res.end('not found');
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
    })().catch(() => {
      res.writeHead(500);
      res.end();
    });
  };
}

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

async function listen(server: Server | Http2SecureServer, scheme: 'http' | 'https'): Promise<RunningServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `${scheme}://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Plain HTTP/1.1: for the in-page measurements, where the protocol hardly matters. */
export function startServer(distDir: string, datasetsDir: string): Promise<RunningServer> {
  return listen(createServer(handler(distDir, datasetsDir)), 'http');
}

/**
 * HTTP/2 over TLS, as production hosts serve a site, for Lighthouse (whose simulation models
 * HTTP/1.1's six connections per host otherwise). The certificate is a throwaway self-signed
 * one made with openssl; the browser is told to accept it. Null when openssl is missing.
 */
export function startSecureServer(distDir: string, datasetsDir: string): Promise<RunningServer> | null {
  const dir = mkdtempSync(join(tmpdir(), 'policy-targets-bench-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  const server = createSecureServer(
    { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')), allowHTTP1: true },
    handler(distDir, datasetsDir) as never,
  );
  return listen(server, 'https');
}
