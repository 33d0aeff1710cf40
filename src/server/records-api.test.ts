import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingRecord } from '../../test/factories/snapshot';
import { createTestWorkspace, ENGINES, figure, type TestWorkspace } from '../../test/server/workspace-fixture';

describe.each(ENGINES)('records API on %s', (engine) => {
  let ws: TestWorkspace & { drop: () => Promise<void> };
  let viewer: string;
  let editor: string;
  let otherEditor: string;
  let admin: string;

  beforeAll(async () => {
    ws = await createTestWorkspace(engine);
    [viewer, editor, otherEditor, admin] = await Promise.all([
      ws.signInAs('viewer'),
      ws.signInAs('editor'),
      ws.signInAs('editor'),
      ws.signInAs('admin'),
    ]);
  });
  afterAll(() => ws.drop());

  const create = async (cookie: string, record = figure()) => {
    const response = await ws.request('/api/records', { method: 'POST', cookie, json: record });
    return { response, body: (await response.json()) as { record: { version: number; updatedBy: string } & typeof record } };
  };

  it('answers 401 without a session and 403 to a role that may not, on every endpoint', async () => {
    const { body } = await create(editor);
    const id = body.record.id;
    const endpoints: { method: string; path: string; json?: unknown; needs: 'viewer' | 'editor' | 'admin' }[] = [
      { method: 'GET', path: '/api/records', needs: 'viewer' },
      { method: 'GET', path: '/api/events', needs: 'viewer' },
      { method: 'POST', path: '/api/records', json: figure(), needs: 'editor' },
      { method: 'PUT', path: `/api/records/${id}`, json: body.record, needs: 'editor' },
      { method: 'DELETE', path: `/api/records/${id}`, needs: 'editor' },
      { method: 'GET', path: '/api/audit', needs: 'admin' },
      { method: 'GET', path: '/api/audit.csv', needs: 'admin' },
      { method: 'GET', path: '/api/users', needs: 'admin' },
      { method: 'POST', path: '/api/users', json: {}, needs: 'admin' },
      { method: 'PATCH', path: '/api/users/1', json: {}, needs: 'admin' },
      { method: 'DELETE', path: '/api/session', needs: 'viewer' },
    ];
    for (const { method, path, json, needs } of endpoints) {
      const anonymous = await ws.request(path, { method, json });
      expect(anonymous.status, `${method} ${path} signed out`).toBe(401);
      const below = needs === 'admin' ? editor : needs === 'editor' ? viewer : undefined;
      if (below) {
        const refused = await ws.request(path, { method, json, cookie: below, headers: { 'if-match': '"1"' } });
        expect(refused.status, `${method} ${path} as a lower role`).toBe(403);
        expect(await refused.json()).toMatchObject({ error: { code: 'forbidden' } });
      }
    }
  });

  it('lets every role read, and gives each record its version and who created and changed it', async () => {
    const { response, body } = await create(editor);
    expect(response.status).toBe(201);
    expect(response.headers.get('etag')).toBe('"1"');
    expect(body.record).toMatchObject({ version: 1, createdBy: 'Editor 2', updatedBy: 'Editor 2' });

    const updated = await ws.request(`/api/records/${body.record.id}`, {
      method: 'PUT',
      cookie: otherEditor,
      headers: { 'if-match': '"1"' },
      json: { ...body.record, value: 101 },
    });
    expect(updated.status).toBe(200);

    for (const cookie of [viewer, editor, admin]) {
      const list = (await (await ws.request('/api/records', { cookie })).json()) as { records: { id: string }[] };
      expect(list.records.find((r) => r.id === body.record.id)).toMatchObject({
        value: 101,
        version: 2,
        createdBy: 'Editor 2',
        updatedBy: 'Editor 3',
      });
    }
  });

  it('refuses a stale update or delete with 412 and the record as it is now; nothing is overwritten', async () => {
    const { body } = await create(editor);
    const id = body.record.id;
    const first = await ws.request(`/api/records/${id}`, {
      method: 'PUT',
      cookie: editor,
      headers: { 'if-match': '"1"' },
      json: { ...body.record, value: 110 },
    });
    expect(first.status).toBe(200);

    const stale = await ws.request(`/api/records/${id}`, {
      method: 'PUT',
      cookie: otherEditor,
      headers: { 'if-match': '"1"' },
      json: { ...body.record, value: 120 },
    });
    expect(stale.status).toBe(412);
    expect(await stale.json()).toMatchObject({
      error: { code: 'version-conflict', message: expect.stringContaining('Editor 2 changed this record') },
      current: { id, value: 110, version: 2 },
    });

    const staleDelete = await ws.request(`/api/records/${id}`, { method: 'DELETE', cookie: otherEditor, headers: { 'if-match': '1' } });
    expect(staleDelete.status).toBe(412);
    const list = (await (await ws.request('/api/records', { cookie: viewer })).json()) as { records: { id: string; value: number }[] };
    expect(list.records.find((r) => r.id === id)?.value).toBe(110);
  });

  it('needs If-Match on updates and deletes (428)', async () => {
    const { body } = await create(editor);
    const put = await ws.request(`/api/records/${body.record.id}`, { method: 'PUT', cookie: editor, json: body.record });
    expect(put.status).toBe(428);
    const del = await ws.request(`/api/records/${body.record.id}`, { method: 'DELETE', cookie: editor });
    expect(del.status).toBe(428);
  });

  it('says who deleted a record that someone then tries to change', async () => {
    const { body } = await create(editor);
    const id = body.record.id;
    expect((await ws.request(`/api/records/${id}`, { method: 'DELETE', cookie: editor, headers: { 'if-match': '"1"' } })).status).toBe(204);
    const late = await ws.request(`/api/records/${id}`, {
      method: 'PUT',
      cookie: otherEditor,
      headers: { 'if-match': '"1"' },
      json: { ...body.record, value: 5 },
    });
    expect(late.status).toBe(404);
    expect(await late.json()).toMatchObject({ error: { message: 'Editor 2 deleted this record.' }, current: null });
  });

  it('goes on from a deleted record\'s version when its id is created again, so an edit made on the old one is refused', async () => {
    const { body } = await create(editor);
    const id = body.record.id;
    const edited = await ws.request(`/api/records/${id}`, { method: 'PUT', cookie: editor, headers: { 'if-match': '"1"' }, json: { ...body.record, value: 2 } });
    expect(edited.status).toBe(200);
    expect((await ws.request(`/api/records/${id}`, { method: 'DELETE', cookie: editor, headers: { 'if-match': '"2"' } })).status).toBe(204);
    const again = await create(otherEditor, { ...body.record, value: 3 });
    expect(again.response.status).toBe(201);
    expect(again.body.record.version).toBe(3);
    // Someone who opened the first record at version 1 or 2 does not overwrite the new one.
    for (const stale of ['"1"', '"2"']) {
      const late = await ws.request(`/api/records/${id}`, { method: 'PUT', cookie: editor, headers: { 'if-match': stale }, json: { ...body.record, value: 9 } });
      expect(late.status).toBe(412);
      expect(await late.json()).toMatchObject({ current: { value: 3, version: 3 } });
    }
  });

  it('takes a create or an update sent twice (its answer was lost) once, and refuses another record under the same id', async () => {
    const record = figure();
    expect((await create(editor, record)).response.status).toBe(201);
    const again = await create(editor, record);
    expect(again.response.status).toBe(200);
    expect(again.body.record.version).toBe(1);
    const other = await create(editor, { ...record, value: 3 });
    expect(other.response.status).toBe(409);
    expect(other.body).toMatchObject({ current: { value: record.value } });

    const change = { ...record, value: 98 };
    const put = () => ws.request(`/api/records/${record.id}`, { method: 'PUT', cookie: editor, headers: { 'if-match': '"1"' }, json: change });
    expect((await put()).status).toBe(200);
    const resent = await put();
    expect(resent.status).toBe(200);
    expect(await resent.json()).toMatchObject({ record: { value: 98, version: 2 } });
  });

  it('refuses an invalid record with the field and the reason, and a body whose id is not the path', async () => {
    const invalid = await ws.request('/api/records', { method: 'POST', cookie: editor, json: figure({ value: -1 }) });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ error: { code: 'invalid-body', message: expect.stringContaining('value') } });
    const { body } = await create(editor);
    const mismatch = await ws.request(`/api/records/${body.record.id}`, {
      method: 'PUT',
      cookie: editor,
      headers: { 'if-match': '"1"' },
      json: { ...body.record, id: 'u-other' },
    });
    expect(mismatch.status).toBe(400);
  });

  it("keeps a meeting's snapshot as it was held: an edit may correct its title, never its day or snapshot (409)", async () => {
    const meeting = meetingRecord(`u-meeting-${engine}`, '2026-03-01');
    const created = await ws.request('/api/records', { method: 'POST', cookie: editor, json: meeting });
    expect(created.status).toBe(201);
    const put = (json: unknown, version: number) => ws.request(`/api/records/${meeting.id}`, { method: 'PUT', cookie: editor, json, headers: { 'if-match': `"${version}"` } });
    const tampered = await put({ ...meeting, snapshot: { ...meeting.snapshot, date: '2026-02-01' } }, 1);
    expect(tampered.status).toBe(409);
    expect(((await tampered.json()) as { error: { message: string } }).error.message).toContain('snapshot cannot change');
    expect((await put({ ...meeting, date: '2026-02-28' }, 1)).status).toBe(409);
    expect((await put({ ...meeting, title: 'March review (corrected)' }, 1)).status).toBe(200);
  });

  it('refuses a state-changing request from another origin whatever its cookie', async () => {
    const foreign = await ws.request('/api/records', { method: 'POST', cookie: editor, json: figure(), headers: { origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ error: { code: 'cross-origin' } });
    const crossSite = await ws.app.request('http://workspace.test/api/records', {
      method: 'POST',
      headers: { cookie: editor, 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
      body: JSON.stringify(figure()),
    });
    expect(crossSite.status).toBe(403);
  });

  it('appends every change to an audit log (who, when, what, before and after) that admins read and export as CSV', async () => {
    const { body } = await create(editor, figure({ value: 42 }));
    const id = body.record.id;
    await ws.request(`/api/records/${id}`, { method: 'PUT', cookie: otherEditor, headers: { 'if-match': '"1"' }, json: { ...body.record, value: 43 } });
    await ws.request(`/api/records/${id}`, { method: 'DELETE', cookie: editor, headers: { 'if-match': '"2"' } });

    const { entries } = (await (await ws.request('/api/audit', { cookie: admin })).json()) as {
      entries: { action: string; recordId: string; userEmail: string; at: string; before: { value: number } | null; after: { value: number } | null }[];
    };
    const mine = entries.filter((e) => e.recordId === id).reverse();
    expect(mine.map((e) => [e.action, e.userEmail, e.before?.value ?? null, e.after?.value ?? null])).toEqual([
      ['create', 'editor-2@example.org', null, 42],
      ['update', 'editor-3@example.org', 42, 43],
      ['delete', 'editor-2@example.org', 43, null],
    ]);
    expect(Date.parse(mine[0]!.at)).toBeGreaterThan(Date.now() - 60_000);

    const csv = await ws.request('/api/audit.csv', { cookie: admin });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = new Uint8Array(await csv.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark, for spreadsheets
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe('id,at,user,action,record,before,after');
    expect(text).toContain(`,editor-3@example.org,update,${id},`);
  });

  it('lets an admin create accounts and change a role; a changed account signs in again', async () => {
    const created = await ws.request('/api/users', {
      method: 'POST',
      cookie: admin,
      json: { email: 'New.Person@Example.org', role: 'viewer', password: 'another long password', name: 'Mai' },
    });
    expect(created.status).toBe(201);
    const { user } = (await created.json()) as { user: { id: number; email: string } };
    expect(user.email).toBe('new.person@example.org');
    const duplicate = await ws.request('/api/users', {
      method: 'POST',
      cookie: admin,
      json: { email: 'new.person@example.org', role: 'viewer', password: 'another long password' },
    });
    expect(duplicate.status).toBe(409);

    const signIn = await ws.request('/api/session', { method: 'POST', json: { email: 'new.person@example.org', password: 'another long password' } });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    expect((await ws.request('/api/records', { method: 'POST', cookie, json: figure() })).status).toBe(403);
    expect((await ws.request(`/api/users/${user.id}`, { method: 'PATCH', cookie: admin, json: { role: 'editor' } })).status).toBe(200);
    expect((await ws.request('/api/records', { cookie })).status).toBe(401);
  });

  it('has a public read-only mode, off by default: when on anyone reads, nobody writes without signing in', async () => {
    expect((await ws.request('/api/records')).status).toBe(401);
    const open = await createTestWorkspace(engine, { publicRead: true, database: { db: ws.db, drop: async () => {} } });
    try {
      expect((await open.request('/api/records')).status).toBe(200);
      expect((await open.request('/api/records', { method: 'POST', json: figure() })).status).toBe(401);
      expect((await open.request('/api/audit')).status).toBe(401);
      const session = await open.request('/api/session');
      expect(session.status).toBe(401);
      expect(await session.json()).toMatchObject({ publicRead: true });
    } finally {
      await open.close();
    }
  });
});
