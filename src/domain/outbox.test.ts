import {
  backoff,
  discard,
  due,
  enqueue,
  markFailed,
  mergeSyncResult,
  needsAttention,
  outboxSchema,
  retryNow,
  type NewOutboxOp,
  type OutboxOp,
} from './outbox';
import { figureRecord } from '../../test/factories/dataset';

const figure = (id: string, value = 1) => figureRecord(id, { value });

let nextOp = 0;
const create = (id: string, value = 1): NewOutboxOp => ({ opId: `op-${++nextOp}`, type: 'create', id, record: figure(id, value) });
const update = (id: string, value = 1): NewOutboxOp => ({ opId: `op-${++nextOp}`, type: 'update', id, record: figure(id, value) });
const remove = (id: string): NewOutboxOp => ({ opId: `op-${++nextOp}`, type: 'delete', id });
const queue = (...ops: NewOutboxOp[]) => ops.reduce<OutboxOp[]>(enqueue, []);
const shape = (outbox: OutboxOp[]) =>
  outbox.map((op) => [op.type, op.id, op.record?.kind === 'figure' ? op.record.value : undefined]);

describe('enqueue', () => {
  it('queues changes to different records in order, unsent', () => {
    const outbox = queue(create('a'), update('b'), remove('c'));
    expect(shape(outbox)).toEqual([['create', 'a', 1], ['update', 'b', 1], ['delete', 'c', undefined]]);
    expect(outbox.every((op) => op.attempts === 0)).toBe(true);
  });

  it('folds an update into the pending create, keeping its place', () => {
    expect(shape(queue(create('a'), create('b'), update('a', 2)))).toEqual([['create', 'a', 2], ['create', 'b', 1]]);
  });

  it('drops a create and its delete together', () => {
    expect(shape(queue(create('a'), update('a', 2), create('b'), remove('a')))).toEqual([['create', 'b', 1]]);
  });

  it('keeps only the last update, and a delete replaces an update', () => {
    expect(shape(queue(update('a', 2), update('a', 3)))).toEqual([['update', 'a', 3]]);
    expect(shape(queue(update('a', 2), remove('a')))).toEqual([['delete', 'a', undefined]]);
  });

  it('queues behind a create that was already tried, since the server may have it', () => {
    const tried = queue(create('a')).map((op) => markFailed(op, 'offline', true, 0));
    expect(shape(enqueue(tried, update('a', 2)))).toEqual([['create', 'a', 1], ['update', 'a', 2]]);
    expect(shape(enqueue(tried, remove('a')))).toEqual([['create', 'a', 1], ['delete', 'a', undefined]]);
  });

  it('gives a fresh start to an update that replaces a refused one', () => {
    const refused = queue(update('a', -1)).map((op) => markFailed(op, 'invalid', false, 0));
    const [op] = enqueue(refused, update('a', 2));
    expect(op).toMatchObject({ type: 'update', attempts: 0, record: { value: 2 } });
    expect(op?.lastError).toBeUndefined();
  });

  it('refuses a create or update without its record', () => {
    expect(() => enqueue([], { opId: 'x', type: 'update', id: 'a' })).toThrow(/record/);
  });
});

describe('backoff', () => {
  it('doubles from one second up to five minutes', () => {
    expect([1, 2, 3, 4].map(backoff)).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(backoff(9)).toBe(256_000);
    expect(backoff(10)).toBe(300_000);
    expect(backoff(1_000)).toBe(300_000);
  });
});

describe('due', () => {
  it('returns the unsent ops and those whose wait is over, in order', () => {
    const [a, b, c] = queue(create('a'), create('b'), create('c'));
    const outbox = [a!, markFailed(b!, '500', true, 10_000), markFailed(c!, '500', true, 0)];
    expect(due(outbox, 10_000).map((op) => op.id)).toEqual(['a', 'c']);
    expect(due(outbox, 11_000).map((op) => op.id)).toEqual(['a', 'b', 'c']);
  });

  it('leaves out refused ops, which wait for the user, and the later ops on their record', () => {
    const tried = queue(create('a'), create('b')).map((op) => (op.id === 'a' ? markFailed(op, '400', false, 0) : op));
    const outbox = enqueue(tried, update('a', 2));
    expect(needsAttention(outbox[0]!)).toBe(true);
    expect(due(outbox, Infinity).map((op) => [op.type, op.id])).toEqual([['create', 'b']]);

    const retried = retryNow(outbox, outbox[0]!.opId);
    expect(due(retried, 0).map((op) => [op.type, op.id])).toEqual([['create', 'a'], ['create', 'b'], ['update', 'a']]);
    expect(shape(discard(outbox, outbox[0]!.opId))).toEqual([['create', 'b', 1], ['update', 'a', 2]]);
  });
});

describe('markFailed', () => {
  it('schedules a retryable failure after a backoff and leaves a refusal for the user', () => {
    const [op] = queue(create('a'));
    const once = markFailed(op!, 'down', true, 5_000);
    expect(once).toMatchObject({ attempts: 1, lastError: 'down', nextAttemptAt: 6_000 });
    expect(markFailed(once, 'down', true, 6_000)).toMatchObject({ attempts: 2, nextAttemptAt: 8_000 });
    const refused = markFailed(once, 'invalid', false, 6_000);
    expect(refused).toMatchObject({ attempts: 2, lastError: 'invalid' });
    expect(refused.nextAttemptAt).toBeUndefined();
  });
});

describe('mergeSyncResult', () => {
  it('keeps what was enqueued during a sync and the marks the sync left', () => {
    const before = queue(create('a'), create('b'));
    const result = { outbox: [markFailed(before[1]!, 'down', true, 0)], synced: [before[0]!.opId] };
    const now = enqueue(before, create('c'));
    expect(mergeSyncResult(now, result).map((op) => [op.id, op.attempts])).toEqual([['b', 1], ['c', 0]]);
  });
});

describe('outboxSchema', () => {
  it('reads back a stored outbox and rejects an update without its record', () => {
    const outbox = queue(create('a'), remove('b'));
    expect(outboxSchema.parse(JSON.parse(JSON.stringify(outbox)))).toEqual(outbox);
    expect(outboxSchema.safeParse([{ opId: 'x', type: 'update', id: 'a', attempts: 0 }]).success).toBe(false);
  });
});
