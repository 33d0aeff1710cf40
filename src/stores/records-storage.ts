import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { migrateRecords } from '../domain/migrate-records';
import { RECORDS_SCHEMA_VERSION, type UserRecord } from '../domain/records';

export interface StorageProblem {
  /** Where the unreadable blob was set aside, so the user can still export it. */
  keptAs: string;
  at: string;
  reason: string;
}

export interface PersistedRecords {
  records: UserRecord[];
}

export const UNREADABLE_PREFIX = 'policy-targets:unreadable:';

/**
 * localStorage behind one validated door: what comes back is migrated and schema-checked.
 * A blob that cannot be read is never overwritten: it is moved aside under its own key and the
 * app starts from the shipped dataset, telling the user.
 */
export function createRecordsStorage(onProblem: (problem: StorageProblem) => void): PersistStorage<PersistedRecords> {
  const quarantine = (name: string, raw: string, reason: string) => {
    const at = new Date().toISOString();
    const keptAs = `${UNREADABLE_PREFIX}${at}`;
    try {
      localStorage.setItem(keptAs, raw);
      localStorage.removeItem(name);
    } catch {
      // Storage full or blocked: leave the original where it is; it is still not overwritten
      // until the user saves, and the warning says so.
    }
    onProblem({ keptAs, at, reason });
  };

  return {
    getItem(name) {
      const raw = localStorage.getItem(name);
      if (raw === null) return null;
      let parsed: { state?: unknown; version?: unknown };
      try {
        parsed = JSON.parse(raw) as typeof parsed;
      } catch {
        quarantine(name, raw, 'not-json');
        return null;
      }
      const version = typeof parsed?.version === 'number' ? parsed.version : -1;
      const records = (parsed?.state as { records?: unknown } | undefined)?.records;
      if (version > RECORDS_SCHEMA_VERSION) {
        quarantine(name, raw, 'newer-version');
        return null;
      }
      const result = migrateRecords(records, version);
      if (!result.ok) {
        quarantine(name, raw, result.reason);
        return null;
      }
      return { state: { records: result.records }, version: RECORDS_SCHEMA_VERSION };
    },
    setItem(name, value: StorageValue<PersistedRecords>) {
      localStorage.setItem(name, JSON.stringify(value));
    },
    removeItem(name) {
      localStorage.removeItem(name);
    },
  };
}

/** The blobs set aside as unreadable, newest first, for export. */
export function unreadableBlobs(): { key: string; raw: string }[] {
  const out: { key: string; raw: string }[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(UNREADABLE_PREFIX)) out.push({ key, raw: localStorage.getItem(key) ?? '' });
  }
  return out.sort((a, b) => b.key.localeCompare(a.key));
}
