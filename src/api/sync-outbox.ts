import { due, markFailed, type OutboxOp } from '../domain/outbox';
import { RecordsApiError, type RecordsRepository } from './records-client';

export interface SyncResult {
  /** What is left to send: every op that was not delivered, in its original order. */
  outbox: OutboxOp[];
  /** The opIds delivered by this sync. */
  synced: string[];
  failed: { opId: string; error: string; retryable: boolean }[];
}

/**
 * Sends the due ops in order. A delivered op leaves the outbox; a failed one stays with its error,
 * scheduled again after a backoff when retrying may help, or left for the user when not. A
 * network failure ends the run (the rest would fail too); later ops on a record whose op failed
 * wait for it. The outbox passed in is not changed: fold the result into the current one with
 * `mergeSyncResult` if the user may have made changes meanwhile.
 */
export async function syncOutbox(outbox: OutboxOp[], repo: RecordsRepository, now: number): Promise<SyncResult> {
  const dueNow = new Set(due(outbox, now).map((op) => op.opId));
  const heldBack = new Set<string>();
  const result: SyncResult = { outbox: [], synced: [], failed: [] };
  let offline = false;

  for (const op of outbox) {
    if (offline || heldBack.has(op.id) || !dueNow.has(op.opId)) {
      result.outbox.push(op);
      continue;
    }
    try {
      await deliver(op, repo);
      result.synced.push(op.opId);
    } catch (error) {
      const { message, retryable } = describe(error);
      result.failed.push({ opId: op.opId, error: message, retryable });
      result.outbox.push(markFailed(op, message, retryable, now));
      heldBack.add(op.id);
      offline = error instanceof RecordsApiError && error.kind === 'network';
    }
  }
  return result;
}

async function deliver(op: OutboxOp, repo: RecordsRepository): Promise<void> {
  if (op.type === 'delete') {
    try {
      await repo.remove(op.id);
    } catch (error) {
      // Already gone (perhaps by an earlier try whose answer was lost): what the user wanted.
      if (error instanceof RecordsApiError && error.status === 404) return;
      throw error;
    }
    return;
  }
  if (!op.record) throw new Error(`This ${op.type} has no record to send.`);
  await (op.type === 'create' ? repo.create(op.record) : repo.update(op.record));
}

/** Errors the client did not classify are left for the user rather than retried blindly. */
function describe(error: unknown): { message: string; retryable: boolean } {
  if (error instanceof RecordsApiError) return { message: error.message, retryable: error.retryable };
  return { message: error instanceof Error ? error.message : String(error), retryable: false };
}
