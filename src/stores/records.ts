import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { UserRecord } from '../domain/records';
import { createRecordsStorage, type PersistedRecords, type StorageProblem } from './records-storage';
import { RECORDS_SCHEMA_VERSION } from '../domain/records';

export const RECORDS_STORAGE_KEY = 'policy-targets:records';

interface RecordsState extends PersistedRecords {
  /** The last record deleted, for undo; never persisted. */
  lastDeleted: UserRecord | null;
  storageProblem: StorageProblem | null;
  add: (record: UserRecord) => void;
  update: (record: UserRecord) => void;
  remove: (id: string) => void;
  undoRemove: () => void;
  replaceAll: (records: UserRecord[]) => void;
  dismissStorageProblem: () => void;
}

export const useRecords = create<RecordsState>()(
  persist(
    (set, get) => ({
      records: [],
      lastDeleted: null,
      storageProblem: null,
      add: (record) => set({ records: [...get().records, record] }),
      update: (record) => set({ records: get().records.map((r) => (r.id === record.id ? record : r)) }),
      remove: (id) => {
        const record = get().records.find((r) => r.id === id) ?? null;
        set({ records: get().records.filter((r) => r.id !== id), lastDeleted: record });
      },
      undoRemove: () => {
        const { lastDeleted, records } = get();
        if (lastDeleted && !records.some((r) => r.id === lastDeleted.id))
          set({ records: [...records, lastDeleted], lastDeleted: null });
      },
      replaceAll: (records) => set({ records, lastDeleted: null }),
      dismissStorageProblem: () => set({ storageProblem: null }),
    }),
    {
      name: RECORDS_STORAGE_KEY,
      version: RECORDS_SCHEMA_VERSION,
      // The first read happens while the store is being created: report the problem once it exists.
      storage: createRecordsStorage((storageProblem) => queueMicrotask(() => useRecords.setState({ storageProblem }))),
      partialize: ({ records }) => ({ records }),
    },
  ),
);

let readingOtherTab = false;
/** True while records are read back after another tab saved them: that tab already sent them on. */
export const isReadingOtherTab = () => readingOtherTab;

/** Another tab saved: read its records, so two open dashboards agree. */
export function listenToOtherTabs(): () => void {
  const onStorage = (e: StorageEvent) => {
    if (e.key !== RECORDS_STORAGE_KEY) return;
    // Not through setState: any write here would save this tab's stale records over the other's.
    readingOtherTab = true;
    void Promise.resolve(useRecords.persist.rehydrate()).finally(() => {
      readingOtherTab = false;
    });
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
