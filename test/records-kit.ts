/**
 * Helpers for the storage tests: a database whose writes can be made to fail as a full disk
 * does, and tabs that share it. Only *.test.ts files import this module.
 */
import type { UserRecord } from '../src/domain/records';
import { RecordsBook, type ChannelLike } from '../src/stores/records-book';
import { RecordsDb } from '../src/stores/records-db';

export const quotaError = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

/** A database that refuses writes while `full()` says so, the way a browser at its quota does. */
export function dbThatFills(name: string, full: () => boolean): RecordsDb {
  const db = new RecordsDb(name);
  db.use({
    stack: 'dbcore',
    name: 'quota',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return { ...table, mutate: (req) => (full() ? Promise.reject(quotaError()) : table.mutate(req)) };
      },
    }),
  });
  return db;
}

export function figure(id: string, value = 1): UserRecord {
  return {
    id,
    kind: 'figure',
    targetId: 'agencies-abroad',
    value,
    asOf: '2026-01-01',
    source: { text: 'MOFA report' },
    createdAt: '2026-01-02T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
  };
}

/** A tab: its own connection to the shared database, its own channel, its own memory. */
export function openTab(dbName: string, options: { full?: () => boolean; legacy?: Storage | null } = {}) {
  const book = new RecordsBook({
    db: dbThatFills(dbName, options.full ?? (() => false)),
    channel: new BroadcastChannel(`records-${dbName}`) as unknown as ChannelLike,
    legacy: options.legacy ?? null,
  });
  return book;
}

/** What the database holds, read on a connection of its own. */
export async function storedRows(dbName: string): Promise<unknown[]> {
  const db = new RecordsDb(dbName);
  try {
    return await db.records.toArray();
  } finally {
    db.close();
  }
}
