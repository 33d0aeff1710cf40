import type { Account, Role } from '../../domain/workspace';
import type { Queryable } from '../db/database';
import { hashPassword } from './passwords';

type AccountRow = { id: number; email: string; name: string; role: Role; password_hash: string; disabled_at: Date | null };

export const toAccount = (row: Pick<AccountRow, 'id' | 'email' | 'name' | 'role'>): Account => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
});

export class AccountExistsError extends Error {
  override name = 'AccountExistsError';
}

/** A name for display from an email: "an.nguyen@mofa.gov.vn" → "an.nguyen". */
export const defaultName = (email: string) => email.split('@')[0] ?? email;

export async function createAccount(
  db: Queryable,
  input: { email: string; role: Role; password: string; name?: string },
): Promise<Account> {
  const email = input.email.trim().toLowerCase();
  const existing = await db.query('select 1 from users where email = $1', [email]);
  if (existing.length > 0) throw new AccountExistsError(`An account for ${email} already exists.`);
  const passwordHash = await hashPassword(input.password);
  const [row] = await db.query<AccountRow>(
    'insert into users (email, name, role, password_hash) values ($1, $2, $3, $4) returning id, email, name, role',
    [email, input.name?.trim() || defaultName(email), input.role, passwordHash],
  );
  return toAccount(row!);
}

export async function findAccountByEmail(db: Queryable, email: string): Promise<AccountRow | undefined> {
  const [row] = await db.query<AccountRow>(
    'select id, email, name, role, password_hash, disabled_at from users where email = $1',
    [email.trim().toLowerCase()],
  );
  return row;
}

export async function listAccounts(db: Queryable): Promise<(Account & { disabled: boolean })[]> {
  const rows = await db.query<AccountRow>('select id, email, name, role, disabled_at from users order by email');
  return rows.map((row) => ({ ...toAccount(row), disabled: row.disabled_at !== null }));
}
