import { z } from 'zod';
import { userRecordSchema, type UserRecord } from './records';

/**
 * The changes made in the browser that a server has not acknowledged yet, oldest first. An op
 * leaves the outbox only when delivered or when the user discards it, never on its own.
 *
 * An op with `lastError` and no `nextAttemptAt` failed in a way retrying will not fix (the
 * server refused it): it waits for the user (`needsAttention`, `retryNow`, `discard`).
 */
export type OutboxOp = {
  opId: string;
  type: 'create' | 'update' | 'delete';
  /** The record to send; present for create and update. */
  record?: UserRecord;
  /** The record's id. */
  id: string;
  /** Failed deliveries so far. */
  attempts: number;
  lastError?: string;
  /** Epoch milliseconds before which the op is not retried. */
  nextAttemptAt?: number;
};

export type NewOutboxOp = Pick<OutboxOp, 'opId' | 'type' | 'id' | 'record'>;

/** The outbox as stored: read back through this schema, like every other stored record. */
export const outboxSchema = z.array(
  z
    .object({
      opId: z.string().min(1),
      type: z.enum(['create', 'update', 'delete']),
      record: userRecordSchema.optional(),
      id: z.string().min(1),
      attempts: z.number().int().nonnegative(),
      lastError: z.string().optional(),
      nextAttemptAt: z.number().finite().optional(),
    })
    .refine((op) => op.type === 'delete' || op.record?.id === op.id, 'create and update carry their record'),
);

export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_MAX_MS = 5 * 60_000;

/** Wait before the next try after `attempts` failures: 1 s, 2 s, 4 s… capped at 5 minutes. */
export function backoff(attempts: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.max(attempts - 1, 0), BACKOFF_MAX_MS);
}

export const needsAttention = (op: OutboxOp): boolean => op.lastError !== undefined && op.nextAttemptAt === undefined;

/**
 * Adds a change, merged with the pending op on the same record when that op was never sent:
 * create+update → create (new record), create+delete → nothing, update+update → the last update,
 * update+delete → delete. An op that was already tried may have reached the server, so the new
 * one queues behind it instead (except update and delete, which replace an update safely).
 */
export function enqueue(outbox: readonly OutboxOp[], op: NewOutboxOp): OutboxOp[] {
  if (op.type !== 'delete' && op.record?.id !== op.id) throw new Error(`outbox: a ${op.type} op needs its record`);
  const fresh: OutboxOp = { opId: op.opId, type: op.type, id: op.id, attempts: 0, ...(op.record && { record: op.record }) };
  const index = outbox.findLastIndex((pending) => pending.id === op.id);
  const pending = outbox[index];
  if (!pending) return [...outbox, fresh];

  const replaceWith = (merged: OutboxOp | null) =>
    outbox.flatMap((existing, i) => (i !== index ? [existing] : merged ? [merged] : []));
  const unsent = pending.attempts === 0;

  if (pending.type === 'create' && unsent && op.type === 'update') return replaceWith({ ...fresh, type: 'create' });
  if (pending.type === 'create' && unsent && op.type === 'delete') return replaceWith(null);
  if (pending.type === 'update' && (op.type === 'update' || op.type === 'delete')) return replaceWith(fresh);
  return [...outbox, fresh];
}

/**
 * The ops that may be sent at `now`, in order: their backoff has passed, they do not wait for the
 * user, and no earlier op on the same record is still held back.
 */
export function due(outbox: readonly OutboxOp[], now: number): OutboxOp[] {
  const heldBack = new Set<string>();
  return outbox.filter((op) => {
    const ready =
      !heldBack.has(op.id) && !needsAttention(op) && (op.nextAttemptAt === undefined || op.nextAttemptAt <= now);
    if (!ready) heldBack.add(op.id);
    return ready;
  });
}

/** The user asks to try an op again now (after a refusal, or to skip the wait). */
export function retryNow(outbox: readonly OutboxOp[], opId: string): OutboxOp[] {
  return outbox.map((op) => (op.opId === opId ? withoutSchedule(op) : op));
}

/** The user gives up on a change: the only way an undelivered op leaves the outbox. */
export function discard(outbox: readonly OutboxOp[], opId: string): OutboxOp[] {
  return outbox.filter((op) => op.opId !== opId);
}

/** The op after a failed delivery: retried after a backoff, or left for the user. */
export function markFailed(op: OutboxOp, error: string, retryable: boolean, now: number): OutboxOp {
  const attempts = op.attempts + 1;
  const failed = { ...withoutSchedule(op), attempts, lastError: error };
  return retryable ? { ...failed, nextAttemptAt: now + backoff(attempts) } : failed;
}

/**
 * Folds a sync's outcome into the outbox as it is now: a sync works on a snapshot, and the user
 * may have enqueued (or merged away) ops while it ran. Delivered ops leave, failed ones take
 * their new marks, everything else stays as it is now.
 */
export function mergeSyncResult(
  current: readonly OutboxOp[],
  result: { outbox: readonly OutboxOp[]; synced: readonly string[] },
): OutboxOp[] {
  const synced = new Set(result.synced);
  const after = new Map(result.outbox.map((op) => [op.opId, op]));
  return current.filter((op) => !synced.has(op.opId)).map((op) => after.get(op.opId) ?? op);
}

function withoutSchedule(op: OutboxOp): OutboxOp {
  const { lastError: _error, nextAttemptAt: _next, ...rest } = op;
  return rest;
}
