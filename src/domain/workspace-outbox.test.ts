import { discardOp, dueNow, enqueueChange, nextDue, settle, waitsForPerson, type WorkspaceOp } from './workspace-outbox';

const figure = { id: 'fig-1', kind: 'figure', targetId: 't', value: 1, asOf: '2026-01-01', source: { text: 's' }, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' } as const;

describe('dueNow ("Send now", the network back)', () => {
  it('makes a change waiting out its backoff due at once, and leaves the ones waiting for the person alone', () => {
    let box: WorkspaceOp[] = enqueueChange([], { opId: 'a', type: 'update', id: 'fig-1', record: figure }, 1);
    box = enqueueChange(box, { opId: 'b', type: 'update', id: 'fig-2', record: { ...figure, id: 'fig-2' } }, 1);
    box = settle(box, 'a', { outcome: 'failed', message: 'The server could not be reached.', retryable: true }, 1_000);
    box = settle(box, 'b', { outcome: 'failed', message: 'Refused.', retryable: false }, 1_000);
    expect(box[0]!.nextAttemptAt).toBeGreaterThan(1_000);
    const now = dueNow(box);
    expect(now[0]).toMatchObject({ opId: 'a', attempts: 1 });
    expect(now[0]!.nextAttemptAt).toBeUndefined();
    expect(now[0]!.lastError).toBeUndefined();
    expect(waitsForPerson(now[1]!)).toBe(true);
    expect(now[1]!.lastError).toBe('Refused.');
  });
});

describe('discardOp (the person takes the server\'s version)', () => {
  it('sends the change queued behind the dropped one on the version that one was made on, not on none', () => {
    // Edited on version 1, tried while offline, then deleted: the delete queues behind the edit.
    let box: WorkspaceOp[] = enqueueChange([], { opId: 'edit', type: 'update', id: 'fig-1', record: figure }, 1);
    box = settle(box, 'edit', { outcome: 'failed', message: 'The server could not be reached.', retryable: true }, 0);
    box = enqueueChange(box, { opId: 'delete', type: 'delete', id: 'fig-1' }, 1);
    expect(box[1]!.baseVersion).toBeUndefined();
    // Someone else deleted the record: the edit is a conflict, and the person drops it.
    box = settle(box, 'edit', { outcome: 'conflict', current: null, message: 'Deleted meanwhile.' }, 0);
    box = discardOp(box, 'edit');
    expect(box).toEqual([expect.objectContaining({ opId: 'delete', baseVersion: 1 })]);
    expect(nextDue(box, 0)?.opId).toBe('delete');
  });

  it('leaves the changes before it, on other records and already versioned alone', () => {
    let box: WorkspaceOp[] = enqueueChange([], { opId: 'a', type: 'update', id: 'fig-1', record: figure }, 3);
    box = enqueueChange(box, { opId: 'other', type: 'delete', id: 'fig-2' }, 7);
    box = settle(box, 'a', { outcome: 'failed', message: 'Refused.', retryable: false }, 0);
    box = enqueueChange(box, { opId: 'b', type: 'update', id: 'fig-1', record: { ...figure, value: 2 } }, 3);
    box = settle(box, 'b', { outcome: 'failed', message: 'The server could not be reached.', retryable: true }, 0);
    box = enqueueChange(box, { opId: 'c', type: 'delete', id: 'fig-1' }, 3);
    const after = discardOp(box, 'b');
    expect(after.map((op) => [op.opId, op.baseVersion])).toEqual([
      ['a', 3],
      ['other', 7],
      ['c', undefined],
    ]);
    expect(discardOp(box, 'a').map((op) => [op.opId, op.baseVersion])).toEqual([
      ['other', 7],
      ['b', 3],
      ['c', undefined],
    ]);
  });
});
