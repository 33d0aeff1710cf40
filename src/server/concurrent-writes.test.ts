import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestWorkspace, figure, type TestWorkspace } from '../../test/server/workspace-fixture';
import { createAccount } from './auth/accounts';
import { updateRecord } from './records-store';

/**
 * Two people changing one record at the same moment, on PostgreSQL (PGlite has one connection:
 * its transactions never overlap). The second waits for the first's lock; when the first commits,
 * the second is told what the record now is (412), never that there is no such record.
 * `npm run bench:server` found it: 50 editors got "No record …" (404) for shared records.
 */
describe('records API on postgres, writers at the same moment', () => {
  let ws: TestWorkspace & { drop: () => Promise<void> };
  let editor: string;
  let otherEditor: string;

  beforeAll(async () => {
    ws = await createTestWorkspace('postgres');
    [editor, otherEditor] = await Promise.all([ws.signInAs('editor'), ws.signInAs('editor')]);
  });
  afterAll(() => ws.drop());

  /** Someone else's change holds the record's lock while `waiting` is sent, then commits. */
  async function whileLocked(id: string, base: ReturnType<typeof figure>, waiting: () => Promise<Response>) {
    const first = await createAccount(ws.db, { email: `first-${id}@example.org`, role: 'editor', password: 'a long enough password', name: 'First Person' });
    let answer: Promise<Response> | undefined;
    await ws.db.transaction(async (tx) => {
      expect((await updateRecord(tx, first, { ...base, value: 50 }, 1)).status).toBe('updated');
      answer = waiting();
      await vi.waitFor(
        async () => {
          const [row] = await ws.db.query<{ waiting: number }>(
            `select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
          );
          expect(row?.waiting).toBe(1);
        },
        { timeout: 10_000, interval: 20 },
      );
    });
    return answer!;
  }

  it('answers an update that waited for another person’s change with 412 and their version', async () => {
    const record = figure();
    expect((await ws.request('/api/records', { method: 'POST', cookie: editor, json: record })).status).toBe(201);
    const late = await whileLocked(record.id, record, () =>
      ws.request(`/api/records/${record.id}`, { method: 'PUT', cookie: otherEditor, headers: { 'if-match': '"1"' }, json: { ...record, value: 60 } }),
    );
    expect(late.status).toBe(412);
    expect(await late.json()).toMatchObject({
      error: { code: 'version-conflict', message: expect.stringContaining('First Person changed this record') },
      current: { id: record.id, value: 50, version: 2, updatedBy: 'First Person' },
    });
  });

  it('answers a delete that waited for another person’s change with 412, and keeps their change', async () => {
    const record = figure();
    expect((await ws.request('/api/records', { method: 'POST', cookie: editor, json: record })).status).toBe(201);
    const late = await whileLocked(record.id, record, () =>
      ws.request(`/api/records/${record.id}`, { method: 'DELETE', cookie: otherEditor, headers: { 'if-match': '"1"' } }),
    );
    expect(late.status).toBe(412);
    const list = (await (await ws.request('/api/records', { cookie: editor })).json()) as { records: { id: string; value: number }[] };
    expect(list.records.find((r) => r.id === record.id)?.value).toBe(50);
  });
});
