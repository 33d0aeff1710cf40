/**
 * What the workspace load benchmark stands up and takes down: a fresh database on PostgreSQL (a
 * throwaway cluster unless DATABASE_URL or TEST_DATABASE_URL names a server), the editor accounts,
 * and the real server in a child process on 127.0.0.1. Each step registers its own clean-up.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { createAccount } from '../../src/server/auth/accounts';
import { openDatabase } from '../../src/server/db/database';
import { migrate } from '../../src/server/db/migrate';
import { freePort, startThrowawayPostgres, stopThrowawayPostgres } from '../server/throwaway-postgres';
import type { ServerMessage } from './workspace-server';

export type CleanUp = () => void | Promise<void>;

export interface PostgresConditions {
  version: string;
  /** Where it runs: a throwaway cluster of this benchmark, or the server given. */
  origin: 'throwaway cluster (PostgreSQL defaults: fsync on, synchronous commit on)' | 'DATABASE_URL' | 'TEST_DATABASE_URL';
  fsync: string;
  synchronousCommit: string;
  maxConnections: string;
}

/** A new, empty database for this run, dropped at clean-up. */
export async function createBenchDatabase(cleanUps: CleanUp[]): Promise<{ url: string; postgres: PostgresConditions }> {
  const given = process.env.DATABASE_URL ? 'DATABASE_URL' : process.env.TEST_DATABASE_URL ? 'TEST_DATABASE_URL' : undefined;
  let adminUrl = given && process.env[given];
  if (!adminUrl) {
    const cluster = startThrowawayPostgres(await freePort(), { durable: true });
    let stopped = false;
    const stopCluster = () => {
      if (!stopped) stopThrowawayPostgres(cluster.dir);
      stopped = true;
    };
    cleanUps.push(stopCluster);
    // However the process ends short of its clean-up (a second Ctrl-C, an uncaught error): synchronous.
    process.once('exit', stopCluster);
    adminUrl = cluster.url;
  }
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  cleanUps.push(() => admin.end({ timeout: 5 }));
  const name = `pt_bench_${randomBytes(6).toString('hex')}`;
  await admin.unsafe(`create database ${name}`);
  cleanUps.push(async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
  });
  const database = new URL(adminUrl);
  database.pathname = `/${name}`;
  const url = database.toString();
  const setting = async (what: string) => ((await admin.unsafe(`show ${what}`)) as unknown as Record<string, string>[])[0]?.[what] ?? '?';
  return {
    url,
    postgres: {
      version: await setting('server_version'),
      origin: given ?? 'throwaway cluster (PostgreSQL defaults: fsync on, synchronous commit on)',
      fsync: await setting('fsync'),
      synchronousCommit: await setting('synchronous_commit'),
      maxConnections: await setting('max_connections'),
    },
  };
}

/**
 * The schema, an admin and `editors` editor accounts, made directly in the database (not timed).
 * Each account gets its own argon2id hash, as `npm run user` makes it; they are hashed in parallel.
 */
export async function createAccounts(url: string, editors: number, password: string): Promise<{ admin: string; editors: string[] }> {
  const db = await openDatabase({ databaseUrl: url, dataDir: '' });
  try {
    await migrate(db);
    const admin = 'bench-admin@example.org';
    const emails = Array.from({ length: editors }, (_, i) => `bench-editor-${i + 1}@example.org`);
    await Promise.all([
      createAccount(db, { email: admin, role: 'admin', password, name: 'Bench admin' }),
      ...emails.map((email, i) => createAccount(db, { email, role: 'editor', password, name: `Editor ${i + 1}` })),
    ]);
    return { admin, editors: emails };
  } finally {
    await db.close();
  }
}

export interface ServerChild {
  url: string;
  /** From now on the server counts its CPU time. */
  mark(): void;
  /** Stops the server; its CPU time since the mark, and its peak memory. */
  stop(): Promise<{ cpuMs: number; maxRssMb: number } | undefined>;
}

/** The real server (startServer, no static files) on 127.0.0.1, in its own Node process. */
export async function startServerChild(databaseUrl: string, port: number, cleanUps: CleanUp[]): Promise<ServerChild> {
  const entry = fileURLToPath(new URL('./workspace-server.ts', import.meta.url));
  const child: ChildProcess = fork(entry, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_DATABASE_URL: databaseUrl, BENCH_SERVER_PORT: String(port), DATABASE_URL: '' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  const next = <T extends ServerMessage>(accept: (m: ServerMessage) => m is T, timeoutMs: number) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the server did not answer within ${timeoutMs / 1000} s`)), timeoutMs);
      const onMessage = (message: ServerMessage) => {
        if ('failed' in message) reject(new Error(`the server did not start: ${message.failed}`));
        else if (!accept(message)) return;
        else resolve(message);
        clearTimeout(timer);
        child.off('message', onMessage);
      };
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`the server stopped (exit code ${code})`)));
    });
  const kill = () => {
    if (!exited) child.kill('SIGKILL');
  };
  cleanUps.push(kill);
  const { url } = await next((m): m is { url: string } => 'url' in m, 60_000);
  return {
    url,
    mark: () => child.send('mark'),
    async stop() {
      if (exited) return undefined;
      const closed = next((m): m is { closed: true; cpuMs: number; maxRssMb: number } => 'closed' in m, 15_000);
      child.send('close');
      try {
        const { cpuMs, maxRssMb } = await closed;
        return { cpuMs, maxRssMb };
      } catch {
        kill();
        return undefined;
      }
    },
  };
}
