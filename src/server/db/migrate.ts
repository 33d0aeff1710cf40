import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** The versioned files in `migrations/`, `NNNN-what-it-does.sql`, in order. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}-[a-z0-9-]+\.sql$/.test(file))
    .sort()
    .map((file, index) => {
      const version = Number(file.slice(0, 4));
      if (version !== index + 1) throw new Error(`Migration ${file} is out of sequence: expected ${index + 1}.`);
      return { version, name: file, sql: readFileSync(`${dir}/${file}`, 'utf8') };
    });
}

export class SchemaTooNewError extends Error {
  override name = 'SchemaTooNewError';
  constructor(readonly found: number, readonly known: number) {
    super(
      `The database has schema version ${found}, newer than this server knows (${known}). ` +
        'Start a newer version of the server; nothing was changed.',
    );
  }
}

/**
 * Brings the schema up to date in one transaction: every pending migration applies, or none.
 * Instances starting together wait for each other (an advisory lock); a database with a newer
 * schema than this server knows is refused before anything is touched.
 */
export async function migrate(db: Database, migrations = readMigrations()): Promise<{ from: number; to: number }> {
  const known = migrations.length;
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(292292)');
    await tx.query(
      'create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())',
    );
    const [row] = await tx.query<{ version: number | null }>('select max(version) as version from schema_migrations');
    const from = row?.version ?? 0;
    if (from > known) throw new SchemaTooNewError(from, known);
    for (const migration of migrations.slice(from)) {
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [migration.version, migration.name]);
    }
    return { from, to: Math.max(from, known) };
  });
}

/** A migration file's statements: split on the semicolons that end a line (no procedural bodies). */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter(Boolean);
}
