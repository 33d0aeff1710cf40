import type { UserRecord } from '../domain/records';
import { withoutMeta, type Account, type RecordChangeEvent, type WorkspaceRecord } from '../domain/workspace';
import type { Queryable } from './db/database';
import { RECORDS_CHANNEL } from './events-hub';

type RecordRow = { body: UserRecord; version: number; created_by_name: string; updated_by_name: string };

const COLUMNS = 'select r.body, r.version, c.name as created_by_name, u.name as updated_by_name';
const JOIN_NAMES = 'join users c on c.id = r.created_by join users u on u.id = r.updated_by';
const SELECT = `${COLUMNS} from records r ${JOIN_NAMES}`;
/**
 * The record, locked until the transaction ends. The lock is taken in a sub-select of its own: after
 * waiting for someone else's change, PostgreSQL re-checks a locked row against the rows it had
 * already joined, so `… for update of r` over the join found no row once another person had
 * become `updated_by`, and the waiting writer was told there was no such record (404, not 412).
 */
const SELECT_LOCKED = `${COLUMNS} from (select * from records where id = $1 for update) r ${JOIN_NAMES}`;

const toRecord = (row: RecordRow): WorkspaceRecord => ({
  ...row.body,
  version: row.version,
  createdBy: row.created_by_name,
  updatedBy: row.updated_by_name,
});

export async function listRecords(db: Queryable): Promise<WorkspaceRecord[]> {
  return (await db.query<RecordRow>(`${SELECT} order by r.created_at, r.id`)).map(toRecord);
}

async function current(db: Queryable, id: string, lock = false): Promise<WorkspaceRecord | null> {
  const [row] = await db.query<RecordRow>(lock ? SELECT_LOCKED : `${SELECT} where r.id = $1`, [id]);
  return row ? toRecord(row) : null;
}

export type WriteOutcome =
  | { status: 'created' | 'updated' | 'unchanged'; record: WorkspaceRecord }
  | { status: 'deleted' }
  | { status: 'exists' | 'stale'; current: WorkspaceRecord }
  | { status: 'missing'; deletedBy: string | null }
  | { status: 'gone'; deletedBy: string };

/**
 * A new record. Sending the same create again (its answer was lost) gives back the record, not a
 * conflict; another record under that id is a conflict.
 */
export async function createRecord(tx: Queryable, account: Account, record: UserRecord): Promise<WriteOutcome> {
  const existing = await current(tx, record.id, true);
  if (existing) {
    return sameContent(existing, record) ? { status: 'unchanged', record: existing } : { status: 'exists', current: existing };
  }
  // This very create was taken before (its answer was lost) and someone has deleted the record
  // since: done, and not brought back.
  const [deleted] = await tx.query<{ before: UserRecord; name: string }>(
    `select a.before, coalesce(u.name, a.user_email) as name from audit_log a left join users u on u.id = a.user_id
      where a.record_id = $1 and a.action = 'delete' order by a.id desc limit 1`,
    [record.id],
  );
  if (deleted && canonical(deleted.before) === canonical(record)) return { status: 'gone', deletedBy: deleted.name };
  const [saved] = await tx.query<Pick<RecordRow, 'body' | 'version'>>(
    `insert into records (id, kind, body, version, created_by, updated_by) values ($1, $2, $3::text::jsonb, 1, $4, $4) returning body, version`,
    [record.id, record.kind, JSON.stringify(record), account.id],
  );
  await logChange(tx, account, { type: 'create', id: record.id, version: 1, by: account.name }, null, record);
  return { status: 'created', record: toRecord({ ...saved!, created_by_name: account.name, updated_by_name: account.name }) };
}

/** Changes a record if `ifVersion` is still its version; otherwise says what it is now. */
export async function updateRecord(tx: Queryable, account: Account, record: UserRecord, ifVersion: number): Promise<WriteOutcome> {
  const existing = await current(tx, record.id, true);
  if (!existing) return { status: 'missing', deletedBy: await deletedBy(tx, record.id) };
  if (existing.version !== ifVersion) {
    // The same change sent twice (its answer was lost) is already done.
    if (existing.version === ifVersion + 1 && sameContent(existing, record)) return { status: 'unchanged', record: existing };
    return { status: 'stale', current: existing };
  }
  const version = existing.version + 1;
  const [saved] = await tx.query<Pick<RecordRow, 'body' | 'version'>>(
    `update records set body = $2::text::jsonb, kind = $3, version = $4, updated_by = $5, updated_at = now() where id = $1 returning body, version`,
    [record.id, JSON.stringify(record), record.kind, version, account.id],
  );
  await logChange(tx, account, { type: 'update', id: record.id, version, by: account.name }, withoutMeta(existing), record);
  return { status: 'updated', record: toRecord({ ...saved!, created_by_name: existing.createdBy, updated_by_name: account.name }) };
}

export async function deleteRecord(tx: Queryable, account: Account, id: string, ifVersion: number): Promise<WriteOutcome> {
  const existing = await current(tx, id, true);
  if (!existing) return { status: 'missing', deletedBy: await deletedBy(tx, id) };
  if (existing.version !== ifVersion) return { status: 'stale', current: existing };
  await tx.query('delete from records where id = $1', [id]);
  await logChange(tx, account, { type: 'delete', id, version: existing.version + 1, by: account.name }, withoutMeta(existing), null);
  return { status: 'deleted' };
}

export async function audit(
  tx: Queryable,
  account: Account,
  action: string,
  recordId: string | null,
  before: unknown,
  after: unknown,
): Promise<void> {
  await tx.query(
    'insert into audit_log (user_id, user_email, action, record_id, before, after) values ($1, $2, $3, $4, $5::text::jsonb, $6::text::jsonb)',
    [account.id, account.email, action, recordId, json(before), json(after)],
  );
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/**
 * A record's change in the audit log, and its live event, in one statement. The event is delivered
 * to every listening instance when the transaction commits, not before.
 */
async function logChange(tx: Queryable, account: Account, event: RecordChangeEvent, before: unknown, after: unknown): Promise<void> {
  await tx.query(
    `with logged as (
       insert into audit_log (user_id, user_email, action, record_id, before, after) values ($1, $2, $3, $4, $5::text::jsonb, $6::text::jsonb)
     ) select pg_notify($7, $8)`,
    [account.id, account.email, event.type, event.id, json(before), json(after), RECORDS_CHANNEL, JSON.stringify(event)],
  );
}

async function deletedBy(tx: Queryable, id: string): Promise<string | null> {
  const [row] = await tx.query<{ name: string }>(
    `select coalesce(u.name, a.user_email) as name from audit_log a left join users u on u.id = a.user_id
      where a.record_id = $1 and a.action = 'delete' order by a.id desc limit 1`,
    [id],
  );
  return row?.name ?? null;
}

function sameContent(existing: WorkspaceRecord, record: UserRecord): boolean {
  return canonical(withoutMeta(existing)) === canonical(record);
}

/** JSON with keys sorted (jsonb reorders them) and undefined left out. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
