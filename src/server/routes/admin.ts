import { Hono } from 'hono';
import { z } from 'zod';
import { exportAuditCsv } from '../../domain/audit-csv';
import { emailSchema, PASSWORD_MIN_LENGTH, roleSchema, type AuditEntry } from '../../domain/workspace';
import { AccountExistsError, createAccount, listAccounts } from '../auth/accounts';
import type { Queryable } from '../db/database';
import { fail, requireRole, type AppEnv } from '../http/context';
import { audit } from '../records-store';

type AuditRow = { id: number; at: Date; user_email: string; action: string; record_id: string | null; before: unknown; after: unknown };

const AUDIT_PAGE = 500;

async function readAudit(db: Queryable, { before, limit }: { before?: number; limit: number }): Promise<AuditEntry[]> {
  const rows = await db.query<AuditRow>(
    `select id, at, user_email, action, record_id, before, after from audit_log
      where ($1::int is null or id < $1) order by id desc limit $2`,
    [before ?? null, limit],
  );
  return rows.map((r) => ({
    id: r.id,
    at: new Date(r.at).toISOString(),
    userEmail: r.user_email,
    action: r.action,
    recordId: r.record_id,
    before: r.before ?? null,
    after: r.after ?? null,
  }));
}

const newAccountSchema = z.object({
  email: emailSchema,
  name: z.string().trim().max(200).optional(),
  role: roleSchema,
  password: z.string().min(PASSWORD_MIN_LENGTH).max(1000),
});
const accountChangeSchema = z.object({ role: roleSchema.optional(), disabled: z.boolean().optional() });

/** Accounts and the audit log: admins only. */
export const adminRoutes = new Hono<AppEnv>()
  .use(requireRole('admin'))
  .get('/audit', async (c) => {
    const before = Number(c.req.query('before')) || undefined;
    const limit = Math.min(Number(c.req.query('limit')) || AUDIT_PAGE, AUDIT_PAGE);
    return c.json({ entries: await readAudit(c.var.options.db, { before, limit }) });
  })
  .get('/audit.csv', async (c) => {
    const entries = await readAudit(c.var.options.db, { limit: 1_000_000 });
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`);
    return c.body(exportAuditCsv(entries.reverse()));
  })
  .get('/users', async (c) => c.json({ users: await listAccounts(c.var.options.db) }))
  .post('/users', async (c) => {
    const parsed = newAccountSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success)
      return fail(c, 400, 'invalid-body', `Send an email, a role and a password of at least ${PASSWORD_MIN_LENGTH} characters.`);
    try {
      const account = await c.var.options.db.transaction(async (tx) => {
        const created = await createAccount(tx, parsed.data);
        await audit(tx, c.var.account!, 'account-create', null, null, created);
        return created;
      });
      return c.json({ user: account }, 201);
    } catch (error) {
      if (error instanceof AccountExistsError) return fail(c, 409, 'conflict', error.message);
      throw error;
    }
  })
  .patch('/users/:id', async (c) => {
    const id = Number(c.req.param('id'));
    const parsed = accountChangeSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success || !Number.isInteger(id)) return fail(c, 400, 'invalid-body', 'Send a role and/or disabled.');
    if (id === c.var.account!.id) return fail(c, 400, 'own-account', 'Ask another admin to change your own account.');
    const { role, disabled } = parsed.data;
    const changed = await c.var.options.db.transaction(async (tx) => {
      const [before] = await tx.query<{ role: string; disabled: boolean }>(
        'select role, disabled_at is not null as disabled from users where id = $1 for update',
        [id],
      );
      if (!before) return null;
      await tx.query(
        `update users set role = coalesce($2, role),
           disabled_at = case when $3::boolean is null then disabled_at when $3 then coalesce(disabled_at, now()) else null end
         where id = $1`,
        [id, role ?? null, disabled ?? null],
      );
      // A disabled or demoted account signs in again, with its new rights.
      await tx.query('delete from sessions where user_id = $1', [id]);
      const after = { role: role ?? before.role, disabled: disabled ?? before.disabled };
      await audit(tx, c.var.account!, 'account-update', null, { id, ...before }, { id, ...after });
      return after;
    });
    if (!changed) return fail(c, 404, 'not-found', `No account ${id}.`);
    return c.json({ user: { id, ...changed } });
  });
