/**
 * A throwaway PostgreSQL cluster for the tests: Debian's `postgresql` package, a fresh data
 * directory, a loopback port, no password (trust) and fsync off; removed afterwards.
 * As root it runs as the `postgres` user (PostgreSQL refuses root).
 *
 *   tsx test/server/throwaway-postgres.ts start [PORT]   prints `TEST_DATABASE_URL=… PG_THROWAWAY_DIR=…`
 *   tsx test/server/throwaway-postgres.ts stop DIR
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const POSTGRES_MISSING =
  'PostgreSQL is not installed: the API tests run against a real PostgreSQL too. ' +
  'Install Debian\'s package (apt-get install -y postgresql) or set TEST_DATABASE_URL=postgres://… to a server the tests may create databases on.';

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error(POSTGRES_MISSING);
  return join(root, newest, 'bin');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const asRoot = process.getuid?.() === 0;
const run = (bin: string, args: string[]) =>
  asRoot
    ? execFileSync('runuser', ['-u', 'postgres', '--', bin, ...args], { stdio: 'pipe' })
    : execFileSync(bin, args, { stdio: 'pipe' });

export interface ThrowawayPostgres {
  url: string;
  dir: string;
}

/**
 * `durable: true` keeps PostgreSQL's own settings (fsync, synchronous commit): what a benchmark
 * measures. Without it, commits skip the disk, which the tests do not need.
 */
export function startThrowawayPostgres(port: number, { durable = false } = {}): ThrowawayPostgres {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'pt-postgres-'));
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  run(join(bin, 'initdb'), ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'app', '--no-sync', '-E', 'UTF8']);
  run(join(bin, 'pg_ctl'), [
    '-D', join(dir, 'data'), '-l', join(dir, 'log'), '-w', '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1${durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off'}`,
    'start',
  ]);
  return { url: `postgres://app@127.0.0.1:${port}/postgres`, dir };
}

export function stopThrowawayPostgres(dir: string): void {
  try {
    run(join(binDir(), 'pg_ctl'), ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('throwaway-postgres.ts')) {
  const [command, arg] = process.argv.slice(2);
  if (command === 'start') {
    const { url, dir } = startThrowawayPostgres(Number(arg) || (await freePort()));
    console.log(`TEST_DATABASE_URL=${url} PG_THROWAWAY_DIR=${dir}`);
  } else if (command === 'stop' && arg) {
    stopThrowawayPostgres(arg);
  } else {
    console.error('Usage: tsx test/server/throwaway-postgres.ts start [PORT] | stop DIR');
    process.exit(2);
  }
}
