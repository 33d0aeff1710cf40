import { dueNow, enqueueChange, settle, waitsForPerson, type WorkspaceOp } from './workspace-outbox';

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
