import postgres from 'postgres';
import type { Database, Queryable } from './database';

/** A PostgreSQL server: a small pool through postgres.js, LISTEN on a connection of its own. */
export async function openPostgres(url: string): Promise<Database> {
  const sql = postgres(url, {
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    onnotice: () => {},
  });
  // Fail at start, with the server's message, rather than on the first request.
  await sql`select 1`;
  const queryable = (target: postgres.Sql | postgres.TransactionSql): Queryable => ({
    async query<T>(text: string, params: unknown[] = []) {
      // Prepared (once per connection; the texts are fixed): unprepared, postgres.js asks the server
      // for the parameters' types before every query with parameters, two round trips instead of one.
      return (await target.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: true })) as unknown as T[];
    },
  });
  return {
    kind: 'postgres',
    ...queryable(sql),
    transaction: <T>(work: (tx: Queryable) => Promise<T>) =>
      sql.begin((tx) => work(queryable(tx))) as Promise<T>,
    async listen(channel, onPayload) {
      const { unlisten } = await sql.listen(channel, onPayload);
      return unlisten;
    },
    close: () => sql.end({ timeout: 5 }),
  };
}
