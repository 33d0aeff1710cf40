/**
 * The one query layer of the server: the same SQL runs on an embedded PGlite database (the
 * default, nothing to install) or on a PostgreSQL server (`DATABASE_URL`). Parameters are `$1…`;
 * rows come back as plain objects.
 */
export interface Queryable {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Calls `onPayload` for every NOTIFY on `channel`, from any connection to the same database. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface DatabaseConfig {
  /** `postgres://…`: a PostgreSQL server. Absent: PGlite in `dataDir`. */
  databaseUrl?: string;
  /** Where the embedded database lives; `memory://` keeps it in memory (tests). */
  dataDir: string;
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.databaseUrl) {
    const { openPostgres } = await import('./postgres');
    return openPostgres(config.databaseUrl);
  }
  const { openPglite } = await import('./pglite');
  return openPglite(config.dataDir);
}
