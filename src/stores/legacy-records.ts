import type { UserRecord } from '../domain/records';

/** Where versions before the database kept records, and where they set unreadable data aside. */
export const LEGACY_RECORDS_KEY = 'policy-targets:records';
export const LEGACY_UNREADABLE_PREFIX = 'policy-targets:unreadable:';

export type LegacyRead =
  | { kind: 'none' }
  | { kind: 'records'; records: UserRecord[] }
  | { kind: 'unreadable'; raw: string; reason: string };

/**
 * The records an earlier version kept in localStorage (zustand persist's `{ state, version }`).
 * The migration and its validator load only when there is such a key: most pages never need them.
 */
export async function readLegacyRecords(storage: Storage): Promise<LegacyRead> {
  const raw = storage.getItem(LEGACY_RECORDS_KEY);
  if (raw === null) return { kind: 'none' };
  let parsed: { state?: { records?: unknown }; version?: unknown } | null;
  try {
    parsed = JSON.parse(raw) as typeof parsed;
  } catch {
    return { kind: 'unreadable', raw, reason: 'not-json' };
  }
  const [{ migrateRecords }, { RECORDS_SCHEMA_VERSION }] = await Promise.all([import('../domain/migrate-records'), import('../domain/records')]);
  const version = typeof parsed?.version === 'number' ? parsed.version : -1;
  if (version > RECORDS_SCHEMA_VERSION) return { kind: 'unreadable', raw, reason: 'newer-version' };
  const result = migrateRecords(parsed?.state?.records, version);
  return result.ok ? { kind: 'records', records: result.records } : { kind: 'unreadable', raw, reason: result.reason };
}

/** The blobs earlier versions set aside, each with its key (which holds the time it was found). */
export function legacySetAside(storage: Storage): { key: string; at: string; raw: string }[] {
  const out: { key: string; at: string; raw: string }[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(LEGACY_UNREADABLE_PREFIX)) {
      out.push({ key, at: key.slice(LEGACY_UNREADABLE_PREFIX.length), raw: storage.getItem(key) ?? '' });
    }
  }
  return out;
}
