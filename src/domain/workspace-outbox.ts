import { z } from 'zod';
import { userRecordSchema, type UserRecord } from './records';
import { backoff } from './outbox';
import { workspaceRecordSchema, withoutMeta, type WorkspaceRecord } from './workspace';

/**
 * The team workspace's outbox: changes made in this browser that the server has not taken yet,
 * oldest first. Like the browser-only outbox (outbox.ts), an op leaves only when the server took it
 * or the person chose to drop it; unlike it, each op carries the version it was made on, and a
 * change the server refused because someone else changed the record first waits as a conflict
 * with the server's version beside it.
 */
export type WorkspaceOp = {
  opId: string;
  type: 'create' | 'update' | 'delete';
  id: string;
  record?: UserRecord;
  /** The version this change was made on (If-Match); absent for a create or while an earlier op on the record is pending. */
  baseVersion?: number;
  attempts: number;
  lastError?: string;
  nextAttemptAt?: number;
  /** The server refused this op because the record changed (or went) meanwhile: what it holds now. */
  conflict?: { current: WorkspaceRecord | null; message: string };
};

export const workspaceOutboxSchema = z.array(
  z.object({
    opId: z.string().min(1),
    type: z.enum(['create', 'update', 'delete']),
    id: z.string().min(1),
    record: userRecordSchema.optional(),
    baseVersion: z.number().int().positive().optional(),
    attempts: z.number().int().nonnegative(),
    lastError: z.string().optional(),
    nextAttemptAt: z.number().optional(),
    conflict: z.object({ current: workspaceRecordSchema.nullable(), message: z.string() }).optional(),
  }),
);

/** Waits for the person: a conflict, or a refusal that retrying will not fix. */
export const waitsForPerson = (op: WorkspaceOp) => op.conflict !== undefined || (op.lastError !== undefined && op.nextAttemptAt === undefined);

/**
 * Adds a change. Merged into the pending op on the same record when that one was never tried:
 * create+update → create, create+delete → nothing, update+update → update, update+delete → delete
 * (keeping the version the first was made on). Otherwise it queues behind it.
 */
export function enqueueChange(
  outbox: readonly WorkspaceOp[],
  change: { opId: string; type: WorkspaceOp['type']; id: string; record?: UserRecord },
  knownVersion: number | undefined,
): WorkspaceOp[] {
  const index = outbox.findLastIndex((op) => op.id === change.id);
  const pending = outbox[index];
  const fresh: WorkspaceOp = {
    opId: change.opId,
    type: change.type,
    id: change.id,
    attempts: 0,
    ...(change.record && { record: change.record }),
    ...(!pending && change.type !== 'create' && knownVersion !== undefined && { baseVersion: knownVersion }),
  };
  if (!pending) return [...outbox, fresh];
  const untried = pending.attempts === 0 && !pending.conflict;
  const replace = (merged: WorkspaceOp | null) => outbox.flatMap((op, i) => (i !== index ? [op] : merged ? [merged] : []));
  if (untried && pending.type === 'create' && change.type === 'update') return replace({ ...fresh, type: 'create', opId: pending.opId });
  if (untried && pending.type === 'create' && change.type === 'delete') return replace(null);
  if (untried && pending.type === 'update' && change.type !== 'create')
    return replace({ ...fresh, ...(pending.baseVersion !== undefined && { baseVersion: pending.baseVersion }) });
  return [...outbox, fresh];
}

/** The first op that may be sent at `now`: ops on one record go in order, none past one that waits. */
export function nextDue(outbox: readonly WorkspaceOp[], now: number): WorkspaceOp | undefined {
  const blocked = new Set<string>();
  for (const op of outbox) {
    if (blocked.has(op.id)) continue;
    if (!waitsForPerson(op) && (op.nextAttemptAt === undefined || op.nextAttemptAt <= now)) return op;
    blocked.add(op.id);
  }
  return undefined;
}

export type Delivery =
  | { outcome: 'done'; version?: number }
  | { outcome: 'conflict'; current: WorkspaceRecord | null; message: string }
  | { outcome: 'failed'; message: string; retryable: boolean };

/** Folds the answer to one op into the outbox as it is now (it may have changed meanwhile). */
export function settle(outbox: readonly WorkspaceOp[], opId: string, delivery: Delivery, now: number): WorkspaceOp[] {
  const op = outbox.find((o) => o.opId === opId);
  if (!op) return [...outbox];
  if (delivery.outcome === 'done') {
    let chained = false;
    return outbox.flatMap((o) => {
      if (o.opId === opId) return [];
      // The next op on this record was made on what this one produced.
      if (!chained && o.id === op.id && delivery.version !== undefined) {
        chained = true;
        return [{ ...o, baseVersion: delivery.version }];
      }
      return [o];
    });
  }
  return outbox.map((o) => {
    if (o.opId !== opId) return o;
    const { nextAttemptAt: _n, lastError: _e, conflict: _c, ...rest } = o;
    if (delivery.outcome === 'conflict') return { ...rest, attempts: o.attempts + 1, conflict: { current: delivery.current, message: delivery.message } };
    const attempts = o.attempts + 1;
    return { ...rest, attempts, lastError: delivery.message, ...(delivery.retryable && { nextAttemptAt: now + backoff(attempts) }) };
  });
}

/**
 * The person keeps their version of a conflicting change: sent again on top of the server's
 * version (re-created when the record was deleted; a delete of a deleted record is done).
 */
export function keepMine(outbox: readonly WorkspaceOp[], opId: string): WorkspaceOp[] {
  return outbox.flatMap((op) => {
    if (op.opId !== opId || !op.conflict) return [op];
    const { conflict, lastError: _e, nextAttemptAt: _n, baseVersion: _b, ...rest } = op;
    const { current } = conflict;
    if (!current) return op.type === 'delete' ? [] : [{ ...rest, type: 'create' as const, attempts: 0 }];
    return [{ ...rest, type: op.type === 'create' ? ('update' as const) : op.type, baseVersion: current.version, attempts: 0 }];
  });
}

/** Try a refused or waiting op again now. */
export function retryOp(outbox: readonly WorkspaceOp[], opId: string): WorkspaceOp[] {
  return outbox.map((op) => {
    if (op.opId !== opId) return op;
    const { lastError: _e, nextAttemptAt: _n, ...rest } = op;
    return rest;
  });
}

/**
 * "Send now", or the network is back: the changes waiting out a backoff after a failed attempt
 * are due at once. Those waiting for the person (a conflict, a refusal) stay as they are.
 */
export function dueNow(outbox: readonly WorkspaceOp[]): WorkspaceOp[] {
  return outbox.map((op) => {
    if (op.nextAttemptAt === undefined) return op;
    const { lastError: _e, nextAttemptAt: _n, ...rest } = op;
    return rest;
  });
}

/**
 * The person drops a change (or takes the server's version of a conflict). The next change on the
 * record was made on top of the dropped one, so on the version that one was made on: it goes with
 * that version, and the server answers it as it would have the dropped one (a delete of a record
 * gone since is done; an edit of a record changed since is a conflict put to the person).
 */
export function discardOp(outbox: readonly WorkspaceOp[], opId: string): WorkspaceOp[] {
  const index = outbox.findIndex((op) => op.opId === opId);
  const dropped = outbox[index];
  const next = dropped?.baseVersion === undefined ? -1 : outbox.findIndex((op, i) => i > index && op.id === dropped.id);
  return outbox.flatMap((op, i) => {
    if (i === index) return [];
    if (i !== next || op.baseVersion !== undefined || op.type === 'create') return [op];
    return [{ ...op, baseVersion: dropped!.baseVersion }];
  });
}

/** What this browser shows: the server's records with the changes still on their way applied. */
export function applyPending(server: readonly WorkspaceRecord[], outbox: readonly WorkspaceOp[]): UserRecord[] {
  const byId = new Map<string, UserRecord>(server.map((r) => [r.id, withoutMeta(r)]));
  for (const op of outbox) {
    if (op.type === 'delete') byId.delete(op.id);
    else if (op.record) byId.set(op.id, op.record);
  }
  return [...byId.values()];
}
