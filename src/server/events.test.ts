import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorkspace, figure, openTestDatabase, type TestWorkspace } from '../../test/server/workspace-fixture';

/** Reads Server-Sent Events from a response until `count` events named `name` arrived. */
async function readEvents(response: Response, name: string, count: number): Promise<unknown[]> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const found: unknown[] = [];
  let buffer = '';
  while (found.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event === name && data) found.push(JSON.parse(data));
    }
  }
  await reader.cancel();
  return found;
}

describe('live events (GET /api/events)', () => {
  describe('on PGlite', () => {
    // Created before the test: PGlite's cold start takes most of a test's time on a loaded machine.
    let ws: TestWorkspace & { drop: () => Promise<void> };
    beforeAll(async () => {
      ws = await createTestWorkspace('pglite');
    });
    afterAll(() => ws.drop());

  it('streams a records event for each change', async () => {
    {
      const editor = await ws.signInAs('editor');
      const viewer = await ws.signInAs('viewer');
      const stream = await ws.request('/api/events', { cookie: viewer });
      expect(stream.headers.get('content-type')).toContain('text/event-stream');
      const events = readEvents(stream, 'records', 1);
      const record = figure();
      await ws.request('/api/records', { method: 'POST', cookie: editor, json: record });
      expect(await events).toEqual([{ type: 'create', id: record.id, version: 1, by: 'Editor 1' }]);
    }
  });
  });

  describe('two server instances on one PostgreSQL', () => {
    let database: Awaited<ReturnType<typeof openTestDatabase>>;
    let first: TestWorkspace & { drop: () => Promise<void> };
    let second: TestWorkspace & { drop: () => Promise<void> };
    beforeAll(async () => {
      database = await openTestDatabase('postgres');
      first = await createTestWorkspace('postgres', { database });
      // The second instance has its own connection pool and its own LISTEN connection.
      const { openDatabase } = await import('./db/database');
      const own = await openDatabase({ databaseUrl: database.url, dataDir: '' });
      second = await createTestWorkspace('postgres', { database: { db: own, drop: () => own.close() } });
    });
    afterAll(async () => {
      await second.drop();
      await second.db.close();
      await first.drop();
      await database.drop();
    });

    it('a change made through one instance reaches the streams of the other (LISTEN/NOTIFY)', async () => {
      const editor = await first.signInAs('editor');
      // Sessions are rows in the shared database: the same cookie works on both instances.
      const stream = await second.request('/api/events', { cookie: editor });
      const events = readEvents(stream, 'records', 2);
      const record = figure();
      await first.request('/api/records', { method: 'POST', cookie: editor, json: record });
      await first.request(`/api/records/${record.id}`, { method: 'DELETE', cookie: editor, headers: { 'if-match': '"1"' } });
      expect(await events).toEqual([
        { type: 'create', id: record.id, version: 1, by: 'Editor 1' },
        { type: 'delete', id: record.id, version: 2, by: 'Editor 1' },
      ]);
    });
  });
});
