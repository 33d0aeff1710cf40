import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestDatabase } from '../../../test/server/workspace-fixture';
import type { Database } from './database';
import { migrate, readMigrations, SchemaTooNewError } from './migrate';

describe.each(ENGINES)('migrations on %s', (engine) => {
  let db: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => ({ db, drop } = await openTestDatabase(engine)));
  afterAll(() => drop());

  const version = async () => (await db.query<{ v: number }>('select max(version) as v from schema_migrations'))[0]?.v;

  it('applies every migration on a new database, then nothing the second time', async () => {
    const known = readMigrations().length;
    expect(await migrate(db)).toEqual({ from: 0, to: known });
    expect(await migrate(db)).toEqual({ from: known, to: known });
    expect(await version()).toBe(known);
  });

  it('rolls a failing migration back entirely', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pt-migrations-'));
    const known = readMigrations();
    known.forEach((m) => writeFileSync(join(dir, m.name), m.sql));
    writeFileSync(join(dir, `${String(known.length + 1).padStart(4, '0')}-broken.sql`), 'create table half_done (id int);\nselect * from no_such_table;\n');
    await expect(migrate(db, readMigrations(dir))).rejects.toThrow(/no_such_table/);
    expect(await version()).toBe(known.length);
    expect(await db.query(`select 1 from information_schema.tables where table_name = 'half_done'`)).toEqual([]);
  });

  it('refuses a database whose schema is newer than the server knows, changing nothing', async () => {
    const known = readMigrations().length;
    await db.query(`insert into schema_migrations (version, name) values ($1, 'from-a-newer-server')`, [known + 1]);
    const error = await migrate(db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaTooNewError);
    expect((error as Error).message).toBe(
      `The database has schema version ${known + 1}, newer than this server knows (${known}). Start a newer version of the server; nothing was changed.`,
    );
    expect(await version()).toBe(known + 1);
  });
});
