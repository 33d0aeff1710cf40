import type { QueryClient } from '@tanstack/react-query';
import type { WorkspaceClient } from '../../../api/workspace-client';
import type { UserRecord } from '../../../domain/records';
import { applyPending, dueNow, enqueueChange, nextDue, settle, type WorkspaceOp } from '../../../domain/workspace-outbox';
import type { WorkspaceRecord } from '../../../domain/workspace';
import { newRecordId } from '../../../lib/record-ids';
import { RecordsDb } from '../../../stores/records-db';
import { startRecords, useRecords, whenRecordsLoaded, type WriteResult } from '../../../stores/records';
import { readStoredOutbox, useWorkspace, WORKSPACE_OUTBOX_KEY, writeStoredOutbox } from '../../../stores/workspace';

export const workspaceKeys = {
  all: ['workspace'] as const,
  session: () => [...workspaceKeys.all, 'session'] as const,
  records: () => [...workspaceKeys.all, 'records'] as const,
};

/** Where this browser keeps the workspace's records for offline use: never the browser-only records' database. */
export const WORKSPACE_RECORDS_DB = 'policy-targets-workspace';
const WORKSPACE_RECORDS_CHANNEL = 'policy-targets:workspace-records';
const LOCK = 'policy-targets:workspace-outbox';

/**
 * Switches the records every view shows to the workspace's own copy (an IndexedDB database of its
 * own, shared by this browser's tabs). Resolves with what the person kept in the browser-only mode
 * before, to offer for upload.
 */
export async function openWorkspaceRecords(): Promise<UserRecord[]> {
  await whenRecordsLoaded();
  const kept = useRecords.getState().records;
  await startRecords({
    db: new RecordsDb(WORKSPACE_RECORDS_DB),
    channel: typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(WORKSPACE_RECORDS_CHANNEL),
    legacy: null,
  });
  return kept;
}

/**
 * One writer at a time across the tabs of this browser (Web Locks): each step reads the outbox
 * from storage, changes it and writes it back inside the lock, so no tab overwrites another's.
 */
function withOutboxLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? (locks.request(LOCK, work) as Promise<T>) : work();
}

/** The records every view shows: the server's, with this browser's pending changes on top. */
export async function showRecords(server: WorkspaceRecord[]): Promise<void> {
  useWorkspace.setState({
    meta: Object.fromEntries(server.map((r) => [r.id, { version: r.version, createdBy: r.createdBy, updatedBy: r.updatedBy }])),
  });
  await useRecords.getState().replaceAll(applyPending(server, readStoredOutbox()));
}

export async function changeOutbox(change: (outbox: WorkspaceOp[]) => WorkspaceOp[]) {
  await withOutboxLock(async () => writeStoredOutbox(change(readStoredOutbox())));
}

/** Sends what is due, one op at a time inside the lock, then reads the records again. */
export async function flushOutbox(client: WorkspaceClient, queryClient: QueryClient): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const more = await withOutboxLock(async () => {
      const outbox = readStoredOutbox();
      const op = nextDue(outbox, Date.now());
      if (!op) return false;
      const delivery = await client.deliver(op, useWorkspace.getState().meta[op.id]?.version);
      writeStoredOutbox(settle(readStoredOutbox(), op.opId, delivery, Date.now()));
      const offline = delivery.outcome === 'failed' && delivery.retryable;
      useWorkspace.setState({ connectionProblem: offline ? delivery.message : null });
      return !offline;
    });
    if (!more) break;
  }
  await queryClient.invalidateQueries({ queryKey: workspaceKeys.records() });
}

/** Sends every waiting change now, backoff or not ("Send now", the network back). */
export async function sendNow(client: WorkspaceClient, queryClient: QueryClient): Promise<void> {
  await changeOutbox(dueNow);
  await flushOutbox(client, queryClient);
}

type Change = { type: WorkspaceOp['type']; id: string; record?: UserRecord };
type Actions = Pick<ReturnType<typeof useRecords.getState>, 'add' | 'update' | 'remove' | 'undoRemove' | 'importRecords'>;

/**
 * The records store's changes, each also queued for the server once this browser has kept it.
 * Wrapping the actions (rather than watching the records) queues exactly what the person did:
 * the server's records arriving, or another tab's change, are never sent back.
 */
function sendingActions(original: Actions, queue: (changes: Change[]) => Promise<void>): Actions {
  const known = (id: string) => useRecords.getState().records.some((r) => r.id === id);
  const upserts = (records: UserRecord[]): Change[] => records.map((record) => ({ type: known(record.id) ? 'update' : 'create', id: record.id, record }));
  const then = async (result: WriteResult, changes: Change[]) => {
    if (result.ok && changes.length > 0) await queue(changes);
    return result;
  };
  return {
    add: async (record) => {
      const changes = upserts([record]);
      return then(await original.add(record), changes);
    },
    update: async (record) => {
      const changes = upserts([record]);
      return then(await original.update(record), changes);
    },
    importRecords: async (records) => {
      const changes = upserts(records);
      return then(await original.importRecords(records), changes);
    },
    remove: async (id) => then(await original.remove(id), [{ type: 'delete', id }]),
    undoRemove: async () => {
      const restored = useRecords.getState().lastDeleted;
      const changes = restored && !known(restored.id) ? upserts([restored]) : [];
      return then(await original.undoRemove(), changes);
    },
  };
}

/**
 * Starts the workspace in this tab: every change made in the views joins the shared outbox and is
 * sent, live events and other tabs make it read again.
 */
export function startWorkspaceSync(client: WorkspaceClient, queryClient: QueryClient, base: string): () => void {
  const flush = () => void flushOutbox(client, queryClient);
  const reconnected = () => void sendNow(client, queryClient);
  const { add, update, remove, undoRemove, importRecords } = useRecords.getState();
  const original: Actions = { add, update, remove, undoRemove, importRecords };
  useRecords.setState(
    sendingActions(original, async (changes) => {
      const { meta } = useWorkspace.getState();
      await changeOutbox((outbox) => changes.reduce((box, change) => enqueueChange(box, { ...change, opId: newRecordId('op') }, meta[change.id]?.version), outbox));
      flush();
    }),
  );
  useWorkspace.setState({ outbox: readStoredOutbox() });
  const onStorage = (e: StorageEvent) => {
    if (e.key === WORKSPACE_OUTBOX_KEY) useWorkspace.setState({ outbox: readStoredOutbox() });
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener('online', reconnected);
  const timer = setInterval(flush, 15_000);
  const events = new EventSource(`${base}/api/events`);
  events.addEventListener('records', () => void queryClient.invalidateQueries({ queryKey: workspaceKeys.records() }));
  flush();
  return () => {
    useRecords.setState(original);
    events.close();
    clearInterval(timer);
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('online', reconnected);
  };
}
