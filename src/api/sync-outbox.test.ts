import { recordsFailures, resetRecordsDb, seedRecordsDb } from '../../mocks/handlers/records';
import { server } from '../../mocks/node';
import { backoff, enqueue, type NewOutboxOp, type OutboxOp } from '../domain/outbox';
import { createHttpRecordsRepository } from './records-client';
import { syncOutbox } from './sync-outbox';
import { figureRecord } from '../../test/factories/dataset';

const figure = (id: string, value = 1) => figureRecord(id, { value });

const create = (id: string, value = 1): NewOutboxOp => ({ opId: `create-${id}`, type: 'create', id, record: figure(id, value) });
const update = (id: string, value: number): NewOutboxOp => ({ opId: `update-${id}`, type: 'update', id, record: figure(id, value) });
const remove = (id: string): NewOutboxOp => ({ opId: `delete-${id}`, type: 'delete', id });
const queue = (...ops: NewOutboxOp[]) => ops.reduce<OutboxOp[]>(enqueue, []);

const repo = createHttpRecordsRepository();
const T0 = Date.parse('2026-03-01T00:00:00.000Z');

beforeEach(() => resetRecordsDb());

describe('syncOutbox', () => {
  it('delivers every due op in order and empties the outbox', async () => {
    seedRecordsDb([figure('b'), figure('c')]);
    const result = await syncOutbox(queue(create('a'), update('b', 5), remove('c')), repo, T0);
    expect(result).toEqual({ outbox: [], synced: ['create-a', 'update-b', 'delete-c'], failed: [] });
    expect(await repo.list()).toEqual([figure('b', 5), figure('a')]);
  });

  it('keeps a record created while the server fails and delivers it once the server recovers', async () => {
    server.use(recordsFailures.serverError);
    const first = await syncOutbox(queue(create('a')), repo, T0);
    expect(first.synced).toEqual([]);
    expect(first.failed).toEqual([{ opId: 'create-a', error: expect.any(String), retryable: true }]);
    expect(first.outbox).toEqual([
      { ...queue(create('a'))[0], attempts: 1, lastError: first.failed[0]?.error, nextAttemptAt: T0 + backoff(1) },
    ]);

    server.resetHandlers();
    const tooEarly = await syncOutbox(first.outbox, repo, T0 + backoff(1) - 1);
    expect(tooEarly).toEqual({ outbox: first.outbox, synced: [], failed: [] });
    expect(await repo.list()).toEqual([]);

    const later = await syncOutbox(first.outbox, repo, T0 + backoff(1));
    expect(later).toEqual({ outbox: [], synced: ['create-a'], failed: [] });
    expect(await repo.list()).toEqual([figure('a')]);
  });

  it('keeps every op when the network is down, stopping at the first failure', async () => {
    server.use(recordsFailures.networkError);
    const outbox = queue(create('a'), create('b'), remove('c'));
    const result = await syncOutbox(outbox, repo, T0);
    expect(result.failed).toEqual([{ opId: 'create-a', error: expect.any(String), retryable: true }]);
    expect(result.outbox.map((op) => [op.opId, op.attempts])).toEqual([['create-a', 1], ['create-b', 0], ['delete-c', 0]]);
    expect(result.outbox.slice(1)).toEqual(outbox.slice(1));
  });

  it('keeps a refused op with its error, for the user, and goes on with the others', async () => {
    const invalid = { ...figure('a'), value: -1 };
    const outbox: OutboxOp[] = [{ opId: 'create-a', type: 'create', id: 'a', record: invalid, attempts: 0 }];
    const result = await syncOutbox(enqueue(outbox, create('b')), repo, T0);

    expect(result.synced).toEqual(['create-b']);
    expect(result.failed).toEqual([{ opId: 'create-a', error: expect.stringMatching(/value/), retryable: false }]);
    expect(result.outbox).toEqual([{ ...outbox[0], attempts: 1, lastError: result.failed[0]?.error }]);

    const again = await syncOutbox(result.outbox, repo, T0 + 3_600_000);
    expect(again).toEqual({ outbox: result.outbox, synced: [], failed: [] });
    expect(await repo.list()).toEqual([figure('b')]);
  });

  it('holds back later ops on a record whose earlier op failed, keeping their order', async () => {
    server.use(recordsFailures.badRequest);
    const tried = (await syncOutbox(queue(create('a')), repo, T0)).outbox;
    server.resetHandlers();

    const outbox = enqueue(enqueue(tried, create('b')), update('a', 2));
    const result = await syncOutbox(outbox, repo, T0);
    expect(result.synced).toEqual(['create-b']);
    expect(result.outbox.map((op) => op.opId)).toEqual(['create-a', 'update-a']);
    expect(await repo.list()).toEqual([figure('b')]);
  });

  it('counts deleting a record the server no longer has as delivered', async () => {
    const result = await syncOutbox(queue(remove('gone')), repo, T0);
    expect(result).toEqual({ outbox: [], synced: ['delete-gone'], failed: [] });
  });

  it('delivers a retried create the server already received, without a duplicate', async () => {
    seedRecordsDb([figure('a')]);
    const retried: OutboxOp[] = [{ ...queue(create('a'))[0]!, attempts: 1, lastError: 'offline', nextAttemptAt: T0 }];
    expect((await syncOutbox(retried, repo, T0)).outbox).toEqual([]);
    expect(await repo.list()).toEqual([figure('a')]);
  });
});
