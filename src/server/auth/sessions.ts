import { createHash, randomBytes } from 'node:crypto';
import type { Account } from '../../domain/workspace';
import type { Queryable } from '../db/database';
import { toAccount } from './accounts';

export const SESSION_COOKIE = 'pt_session';
export const SESSION_DAYS = 14;

/** The database keeps only a hash of the token: a leaked table opens no session. */
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Queryable, userId: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query(`insert into sessions (token_hash, user_id, expires_at) values ($1, $2, now() + interval '${SESSION_DAYS} days')`, [
    hashToken(token),
    userId,
  ]);
  return token;
}

/** The account behind a session cookie, if the session exists, has not expired and the account is enabled. */
export async function findSession(db: Queryable, token: string | undefined): Promise<Account | null> {
  if (!token) return null;
  const [row] = await db.query<Account>(
    `select u.id, u.email, u.name, u.role from sessions s join users u on u.id = s.user_id
      where s.token_hash = $1 and s.expires_at > now() and u.disabled_at is null`,
    [hashToken(token)],
  );
  return row ? toAccount(row) : null;
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.query('delete from sessions where token_hash = $1', [hashToken(token)]);
}
