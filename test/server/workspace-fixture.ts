import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import type { Dataset } from '../../src/domain/types';
import type { Role } from '../../src/domain/workspace';
import { createApp } from '../../src/server/app';
import { createAccount } from '../../src/server/auth/accounts';
import { openDatabase, type Database } from '../../src/server/db/database';
import { migrate } from '../../src/server/db/migrate';
import { createEventHub, type EventHub } from '../../src/server/events-hub';

export type Engine = 'pglite' | 'postgres';
export const ENGINES: Engine[] = ['pglite', 'postgres'];
export const PASSWORD = 'a long enough password';
export const ORIGIN = 'http://workspace.test';

/** A fresh, empty database: PGlite in memory, or a new database on the test PostgreSQL server. */
export async function openTestDatabase(engine: Engine): Promise<{ db: Database; url?: string; drop: () => Promise<void> }> {
  if (engine === 'pglite') {
    const db = await openDatabase({ dataDir: 'memory://' });
    return { db, drop: () => db.close() };
  }
  const adminUrl = inject('postgresUrl');
  const name = `pt_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  const db = await openDatabase({ databaseUrl: url, dataDir: '' });
  return {
    db,
    url,
    drop: async () => {
      await db.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export interface TestWorkspace {
  db: Database;
  hub: EventHub;
  app: ReturnType<typeof createApp>;
  /** A request as a browser of the workspace's own origin sends it. */
  request: (path: string, init?: RequestInit & { cookie?: string; json?: unknown }) => Promise<Response>;
  /** Creates an account with `role` and signs it in; returns its session cookie. */
  signInAs: (role: Role, email?: string) => Promise<string>;
  close: () => Promise<void>;
}

export async function createTestWorkspace(
  engine: Engine,
  {
    publicRead = false,
    database,
    dataset,
  }: { publicRead?: boolean; database?: Awaited<ReturnType<typeof openTestDatabase>>; dataset?: Dataset } = {},
): Promise<TestWorkspace & { drop: () => Promise<void> }> {
  const opened = database ?? (await openTestDatabase(engine));
  const { db } = opened;
  let accounts = 0;
  await migrate(db);
  const hub = await createEventHub(db);
  const app = createApp({ db, hub, publicRead, trustProxy: false, dataset: async () => dataset ?? null });
  const request: TestWorkspace['request'] = (path, { cookie, json, headers, ...init } = {}) =>
    Promise.resolve(
      app.request(`${ORIGIN}${path}`, {
        ...init,
        headers: {
          origin: ORIGIN,
          ...(cookie && { cookie }),
          ...(json !== undefined && { 'content-type': 'application/json' }),
          ...(headers as Record<string, string>),
        },
        ...(json !== undefined && { body: JSON.stringify(json) }),
      }),
    );
  const signInAs = async (role: Role, email = `${role}-${++accounts}@example.org`) => {
    await createAccount(db, { email, role, password: PASSWORD, name: `${role[0]!.toUpperCase()}${role.slice(1)} ${accounts}` });
    const response = await request('/api/session', { method: 'POST', json: { email, password: PASSWORD } });
    if (response.status !== 204) throw new Error(`sign-in answered ${response.status}`);
    return sessionCookie(response);
  };
  return {
    db,
    hub,
    app,
    request,
    signInAs,
    close: () => hub.close(),
    drop: async () => {
      await hub.close();
      if (!database) await opened.drop();
    },
  };
}

/** `name=value` of the session cookie a response sets. */
export function sessionCookie(response: Response): string {
  const header = response.headers.get('set-cookie') ?? '';
  return header.split(';')[0] ?? '';
}

let ids = 0;
/** A valid figure record with a fresh id. */
export function figure(overrides: Record<string, unknown> = {}) {
  const now = '2026-11-20T08:00:00.000Z';
  return {
    id: `u-fig-${Date.now().toString(36)}-${++ids}`,
    kind: 'figure' as const,
    targetId: 'agencies-abroad',
    value: 97,
    asOf: '2026-11-01',
    source: { text: 'Ministry briefing' },
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}
