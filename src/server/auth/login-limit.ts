import type { Queryable } from '../db/database';

/** Failed sign-ins allowed per email, and per address, in the window before the next is refused. */
export const LOGIN_LIMIT = { perEmail: 5, perAddress: 30, windowMinutes: 15 } as const;

/** Kept in the database, so every instance behind a load balancer counts the same attempts. */
export async function tooManyFailures(db: Queryable, email: string, ip: string): Promise<boolean> {
  const [row] = await db.query<{ by_email: number; by_ip: number }>(
    `select count(*) filter (where email = $1)::int as by_email, count(*) filter (where ip = $2)::int as by_ip
       from login_failures where at > now() - make_interval(mins => $3)`,
    [email, ip, LOGIN_LIMIT.windowMinutes],
  );
  return (row?.by_email ?? 0) >= LOGIN_LIMIT.perEmail || (row?.by_ip ?? 0) >= LOGIN_LIMIT.perAddress;
}

export async function recordFailure(db: Queryable, email: string, ip: string): Promise<void> {
  await db.query('insert into login_failures (email, ip) values ($1, $2)', [email, ip]);
  await db.query(`delete from login_failures where at < now() - interval '1 day'`);
}

export async function clearFailures(db: Queryable, email: string): Promise<void> {
  await db.query('delete from login_failures where email = $1', [email]);
}
