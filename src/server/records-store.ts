import type { UserRecord } from '../domain/records';
import { withoutMeta, type Account, type WorkspaceRecord } from '../domain/workspace';
import type { Queryable } from './db/database';

type RecordRow = { body: UserRecord; version: number; created_by_name: string; updated_by_name: string };

const SELECT = `select r.body, r.version, c.name as created_by_name, u.name as updated_by_name
  from records r join users c on c.id = r.created_by join users u on u.id = r.updated_by`;

const toRecord = (row: RecordRow): WorkspaceRecord => ({
  ...row.body,
  version: row.version,
  createdBy: row.created_by_name,
  updatedBy: row.updated_by_name,
});

export async function listRecords(db: Queryable): Promise<WorkspaceRecord[]> {
  return (await db.query<RecordRow>(`${SELECT} order by r.created_at, r.id`)).map(toRecord);
}

export async function current(db: Queryable, id: string): Promise<WorkspaceRecord | null> {
  const [row] = await db.query<RecordRow>(`${SELECT} where r.id = $1`, [id]);
  return row ? toRecord(row) : null;
}

export type WriteOutcome =
  | { status: 'created' | 'updated' | 'unchanged'; record: WorkspaceRecord }
  | { status: 'deleted' }
  | { status: 'exists' | 'stale'; current: WorkspaceRecord }
  | { status: 'missing'; deletedBy: string | null }
  | { status: 'gone'; deletedBy: string };

/*
 * Each change is one statement: the record written and its audit entry together or not at all,
 * one round trip. (Its live event is sent after the commit: see events-hub.ts.) Updates and deletes lock the
 * record at the version in If-Match in a sub-query on `records` alone: a writer that waited for
 * someone else's change finds no row at that version and is told what the record is now. (Locking
 * across the join with users re-checked the locked row against the user rows joined before the
 * wait, and answered "no such record" once someone else had become `updated_by`.)
 * When the statement changes nothing, the record as it is now says why.
 * A record created again under a deleted one's id goes on from that one's last version (every
 * write to `records` is in the audit log, so the count of its creates and updates is that version):
 * a version is never given twice to an id, and an edit made on the deleted record's version 1 is
 * refused as stale rather than written over the new one.
 */
const CREATE = `with saved as (
    insert into records (id, kind, body, version, created_by, updated_by)
    values ($1, $2, $3::text::jsonb, 1 + (select count(*) from audit_log where record_id = $1 and action in ('create', 'update')), $4, $4)
    on conflict (id) do nothing returning body, version
  ), logged as (
    insert into audit_log (user_id, user_email, action, record_id, before, after) select $4, $5, 'create', $1, null, body from saved
  ) select body, version from saved`;

const UPDATE = `with old as (select id, body from records where id = $1 and version = $2 for update),
  changed as (
    update records r set body = $3::text::jsonb, kind = $4, version = r.version + 1, updated_by = $5, updated_at = now()
    from old where r.id = old.id returning r.body, r.version, r.created_by, old.body as before
  ), logged as (
    insert into audit_log (user_id, user_email, action, record_id, before, after) select $5, $6, 'update', $1, before, body from changed
  ) select c.body, c.version, u.name as created_by_name from changed c join users u on u.id = c.created_by`;

const DELETE = `with old as (select id, body from records where id = $1 and version = $2 for update),
  removed as (delete from records r using old where r.id = old.id returning old.body as before),
  logged as (
    insert into audit_log (user_id, user_email, action, record_id, before, after) select $3, $4, 'delete', $1, before, null from removed
  ) select 1 as removed from removed`;

/** A record appeared or vanished between reading it and writing: read it again, this many times at most. */
const ATTEMPTS = 3;
const raced = (what: string, id: string) => new Error(`${what} ${id}: the record kept changing under the write; nothing was changed.`);

/**
 * A new record. Sending the same create again (its answer was lost) gives back the record, not a
 * conflict; another record under that id is a conflict.
 */
export async function createRecord(db: Queryable, account: Account, record: UserRecord): Promise<WriteOutcome> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const existing = await current(db, record.id);
    if (existing) {
      return sameContent(existing, record) ? { status: 'unchanged', record: existing } : { status: 'exists', current: existing };
    }
    // This very create was taken before (its answer was lost) and someone has deleted the record
    // since: done, and not brought back.
    const [deleted] = await db.query<{ before: UserRecord; name: string }>(
      `select a.before, coalesce(u.name, a.user_email) as name from audit_log a left join users u on u.id = a.user_id
        where a.record_id = $1 and a.action = 'delete' order by a.id desc limit 1`,
      [record.id],
    );
    if (deleted && canonical(deleted.before) === canonical(record)) return { status: 'gone', deletedBy: deleted.name };
    const [saved] = await db.query<Pick<RecordRow, 'body' | 'version'>>(CREATE, [
      record.id,
      record.kind,
      JSON.stringify(record),
      account.id,
      account.email,
    ]);
    if (saved) return { status: 'created', record: toRecord({ ...saved, created_by_name: account.name, updated_by_name: account.name }) };
  }
  throw raced('Creating', record.id);
}

/** Changes a record if `ifVersion` is still its version; otherwise says what it is now. */
export async function updateRecord(db: Queryable, account: Account, record: UserRecord, ifVersion: number): Promise<WriteOutcome> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const [saved] = await db.query<Omit<RecordRow, 'updated_by_name'>>(UPDATE, [
      record.id,
      ifVersion,
      JSON.stringify(record),
      record.kind,
      account.id,
      account.email,
    ]);
    if (saved) return { status: 'updated', record: toRecord({ ...saved, updated_by_name: account.name }) };
    const existing = await current(db, record.id);
    if (!existing) return { status: 'missing', deletedBy: await deletedBy(db, record.id) };
    // The same change sent twice (its answer was lost) is already done.
    if (existing.version === ifVersion + 1 && sameContent(existing, record)) return { status: 'unchanged', record: existing };
    if (existing.version !== ifVersion) return { status: 'stale', current: existing };
    // Deleted and created again at this version since the write looked: write again.
  }
  throw raced('Changing', record.id);
}

export async function deleteRecord(db: Queryable, account: Account, id: string, ifVersion: number): Promise<WriteOutcome> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const [removed] = await db.query(DELETE, [id, ifVersion, account.id, account.email]);
    if (removed) return { status: 'deleted' };
    const existing = await current(db, id);
    if (!existing) return { status: 'missing', deletedBy: await deletedBy(db, id) };
    if (existing.version !== ifVersion) return { status: 'stale', current: existing };
  }
  throw raced('Deleting', id);
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
