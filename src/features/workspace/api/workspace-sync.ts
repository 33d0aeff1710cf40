import type { QueryClient } from '@tanstack/react-query';
import type { WorkspaceClient } from '../../../api/workspace-client';
import { applyPending, enqueueChange, nextDue, settle, type WorkspaceOp } from '../../../domain/workspace-outbox';
import type { WorkspaceRecord } from '../../../domain/workspace';
import { newRecordId } from '../../../lib/record-ids';
import { useRecords } from '../../../stores/records';
import { changesBetween } from '../../../stores/sync';
import { readStoredOutbox, useWorkspace, WORKSPACE_OUTBOX_KEY, writeStoredOutbox } from '../../../stores/workspace';

export const workspaceKeys = {
  all: ['workspace'] as const,
  session: () => [...workspaceKeys.all, 'session'] as const,
  records: () => [...workspaceKeys.all, 'records'] as const,
};

/** Where this browser keeps the workspace's records for offline use: never the browser-only records' key. */
export const WORKSPACE_RECORDS_KEY = 'policy-targets:workspace-records';
const LOCK = 'policy-targets:workspace-outbox';

/**
 * One writer at a time across the tabs of this browser (Web Locks): each step reads the outbox
 * from storage, changes it and writes it back inside the lock, so no tab overwrites another's.
 */
function withOutboxLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? (locks.request(LOCK, work) as Promise<T>) : work();
}

let applyingServer = false;

/** The records every view shows: the server's, with this browser's pending changes on top. */
export function showRecords(server: WorkspaceRecord[]) {
  const outbox = useWorkspace.getState().outbox;
  applyingServer = true;
  try {
    useRecords.getState().replaceAll(applyPending(server, outbox));
  } finally {
    applyingServer = false;
  }
  useWorkspace.setState({ meta: Object.fromEntries(server.map((r) => [r.id, { version: r.version, createdBy: r.createdBy, updatedBy: r.updatedBy }])) });
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

/**
 * Starts the workspace in this tab: records come from the server (kept under their own key for
 * offline use), every change made in the views joins the shared outbox and is sent, live events
 * and other tabs make it read again.
 */
export function startWorkspaceSync(client: WorkspaceClient, queryClient: QueryClient, base: string): () => void {
  const flush = () => void flushOutbox(client, queryClient);
  const unsubscribe = useRecords.subscribe((state, prev) => {
    if (applyingServer || state.records === prev.records) return;
    const changes = changesBetween(prev.records, state.records);
    if (changes.length === 0) return;
    const { meta } = useWorkspace.getState();
    void changeOutbox((outbox) =>
      changes.reduce((box, change) => enqueueChange(box, { ...change, opId: newRecordId('op') }, meta[change.id]?.version), outbox),
    ).then(flush);
  });
  useWorkspace.setState({ outbox: readStoredOutbox() });
  const onStorage = (e: StorageEvent) => {
    if (e.key === WORKSPACE_OUTBOX_KEY) useWorkspace.setState({ outbox: readStoredOutbox() });
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener('online', flush);
  const timer = setInterval(flush, 15_000);
  const events = new EventSource(`${base}/api/events`);
  events.addEventListener('records', () => void queryClient.invalidateQueries({ queryKey: workspaceKeys.records() }));
  flush();
  return () => {
    unsubscribe();
    events.close();
    clearInterval(timer);
    window.removeEventListener('storage', onStorage);
    window.removeEventListener('online', flush);
  };
}
