import { Hono, type Context } from 'hono';
import { RECORDS_ERROR_CODES } from '../../domain/records-contract';
import { userRecordSchema } from '../../domain/records';
import { fail, requireRole, type AppEnv } from '../http/context';
import { frozenFieldChanged } from '../../domain/record-rules';
import { withoutMeta } from '../../domain/workspace';
import { createRecord, current, deleteRecord, listRecords, updateRecord, type WriteOutcome } from '../records-store';

export const WORKSPACE_ERROR_CODES = {
  versionConflict: 'version-conflict',
  versionRequired: 'version-required',
} as const;

/** `If-Match: "3"` (also `3` or `W/"3"`): the version the change was made on. */
function ifMatch(c: Context<AppEnv>): number | undefined {
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(c.req.header('if-match')?.trim() ?? '');
  return match ? Number(match[1]) : undefined;
}

async function readRecord(c: Context<AppEnv>) {
  const parsed = userRecordSchema.safeParse(await c.req.json().catch(() => undefined));
  if (parsed.success) return parsed.data;
  return parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}

/** Answers the write, and tells every open dashboard about a change that was made. */
function answer(c: Context<AppEnv>, outcome: WriteOutcome, id: string, version?: number) {
  const { account, options } = c.var;
  if (outcome.status === 'created' || outcome.status === 'updated') {
    options.hub.publish({ type: outcome.status === 'created' ? 'create' : 'update', id, version: outcome.record.version, by: account!.name });
  } else if (outcome.status === 'deleted') {
    options.hub.publish({ type: 'delete', id, version: version! + 1, by: account!.name });
  }
  switch (outcome.status) {
    case 'created':
    case 'updated':
    case 'unchanged':
      c.header('ETag', `"${outcome.record.version}"`);
      return c.json({ record: outcome.record }, outcome.status === 'created' ? 201 : 200);
    case 'deleted':
      return c.body(null, 204);
    case 'exists':
      return fail(c, 409, RECORDS_ERROR_CODES.conflict, `Another record ${id} already exists.`, { current: outcome.current });
    case 'stale':
      return fail(
        c,
        412,
        WORKSPACE_ERROR_CODES.versionConflict,
        `${outcome.current.updatedBy} changed this record since you opened it (now version ${outcome.current.version}).`,
        { current: outcome.current },
      );
    case 'gone':
      return fail(c, 410, RECORDS_ERROR_CODES.notFound, `${outcome.deletedBy} deleted this record after it was created.`, { current: null });
    case 'missing':
      return fail(c, 404, RECORDS_ERROR_CODES.notFound, outcome.deletedBy ? `${outcome.deletedBy} deleted this record.` : `No record ${id}.`, {
        current: null,
      });
  }
}

export const recordsRoutes = new Hono<AppEnv>()
  .get('/', requireRole('viewer'), async (c) => c.json({ records: await listRecords(c.var.options.db) }))
  .post('/', requireRole('editor'), async (c) => {
    const record = await readRecord(c);
    if (typeof record === 'string') return fail(c, 400, RECORDS_ERROR_CODES.invalidBody, record);
    const outcome = await createRecord(c.var.options.db, c.var.account!, record);
    return answer(c, outcome, record.id);
  })
  .put('/:id', requireRole('editor'), async (c) => {
    const id = c.req.param('id');
    const version = ifMatch(c);
    if (version === undefined)
      return fail(c, 428, WORKSPACE_ERROR_CODES.versionRequired, 'Say which version you changed, in If-Match.');
    const record = await readRecord(c);
    if (typeof record === 'string') return fail(c, 400, RECORDS_ERROR_CODES.invalidBody, record);
    if (record.id !== id) return fail(c, 400, RECORDS_ERROR_CODES.idMismatch, `The body's id ${record.id} is not ${id}.`);
    const before = await current(c.var.options.db, id);
    const frozen = before && frozenFieldChanged(withoutMeta(before), record);
    if (before && frozen) return fail(c, 409, RECORDS_ERROR_CODES.conflict, `Not changed: ${frozen}.`, { current: before });
    const outcome = await updateRecord(c.var.options.db, c.var.account!, record, version);
    return answer(c, outcome, id);
  })
  .delete('/:id', requireRole('editor'), async (c) => {
    const id = c.req.param('id');
    const version = ifMatch(c);
    if (version === undefined)
      return fail(c, 428, WORKSPACE_ERROR_CODES.versionRequired, 'Say which version you are deleting, in If-Match.');
    const outcome = await deleteRecord(c.var.options.db, c.var.account!, id, version);
    return answer(c, outcome, id, version);
  });
