import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { RecordsRepository } from '../api/records-client';
import { syncOutbox } from '../api/sync-outbox';
import { enqueue, mergeSyncResult, outboxSchema, retryNow, type OutboxOp } from '../domain/outbox';
import type { UserRecord } from '../domain/records';
import { newRecordId } from '../lib/record-ids';
import { isReadingOtherTab, useRecords } from './records';

interface SyncState {
  outbox: OutboxOp[];
  syncing: boolean;
  lastError: string | null;
  lastSyncedAt: string | null;
}

/**
 * The changes a shared server has not acknowledged yet. Stored beside the records, so a change
 * made offline, or refused by a failing server, is kept and sent again later — never lost.
 */
export const useSync = create<SyncState>()(
  persist((): SyncState => ({ outbox: [], syncing: false, lastError: null, lastSyncedAt: null }), {
    name: 'policy-targets:outbox',
    version: 1,
    storage: createJSONStorage(() => localStorage),
    partialize: ({ outbox }) => ({ outbox }) as SyncState,
    merge: (persisted, current) => {
      const parsed = outboxSchema.safeParse((persisted as { outbox?: unknown } | null)?.outbox);
      return { ...current, outbox: parsed.success ? (parsed.data as OutboxOp[]) : [] };
    },
  }),
);

/** The ops that turn `before` into `after`, by record id. */
export function changesBetween(before: UserRecord[], after: UserRecord[]) {
  const old = new Map(before.map((r) => [r.id, r]));
  const now = new Map(after.map((r) => [r.id, r]));
  const ops: { type: 'create' | 'update' | 'delete'; id: string; record?: UserRecord }[] = [];
  for (const r of after) {
    const was = old.get(r.id);
    if (!was) ops.push({ type: 'create', id: r.id, record: r });
    else if (was !== r) ops.push({ type: 'update', id: r.id, record: r });
  }
  for (const r of before) if (!now.has(r.id)) ops.push({ type: 'delete', id: r.id });
  return ops;
}

export async function runSync(repo: RecordsRepository, now = Date.now()): Promise<void> {
  const state = useSync.getState();
  if (state.syncing || state.outbox.length === 0) return;
  useSync.setState({ syncing: true });
  try {
    const result = await syncOutbox(state.outbox, repo, now);
    useSync.setState((s) => ({
      outbox: mergeSyncResult(s.outbox, result),
      lastError: result.failed[0]?.error ?? null,
      lastSyncedAt: result.synced.length > 0 ? new Date(now).toISOString() : s.lastSyncedAt,
    }));
  } finally {
    useSync.setState({ syncing: false });
  }
}

/** Sends every waiting change now, whatever its backoff. */
export function retryAll(repo: RecordsRepository): Promise<void> {
  useSync.setState((s) => ({ outbox: s.outbox.reduce((box, op) => retryNow(box, op.opId), s.outbox) }));
  return runSync(repo);
}

/**
 * Mirrors the user's changes to a shared server: every local change joins the outbox, which is
 * sent now, then on an interval and whenever the browser comes back online.
 */
export function startRecordsSync(repo: RecordsRepository, intervalMs = 15_000): () => void {
  const unsubscribe = useRecords.subscribe((state, prev) => {
    if (state.records === prev.records || isReadingOtherTab()) return;
    const ops = changesBetween(prev.records, state.records);
    if (ops.length === 0) return;
    useSync.setState((s) => ({ outbox: ops.reduce((box, op) => enqueue(box, { ...op, opId: newRecordId('op') }), s.outbox) }));
    void runSync(repo);
  });
  const tick = () => void runSync(repo);
  const timer = setInterval(tick, intervalMs);
  window.addEventListener('online', tick);
  tick();
  return () => {
    unsubscribe();
    clearInterval(timer);
    window.removeEventListener('online', tick);
  };
}
