import { legacySetAside, LEGACY_RECORDS_KEY, type LegacyRead } from './legacy-records';
import type { SetAside } from './records-db';

/**
 * A piece of stored data that could not be read, as the user sees it listed. `ref` says where
 * it is kept: `t:<n>` in the set-aside table; `r:<id>` still in place as a record row (when
 * there was no room to move it); `l:<key>` still in localStorage (idem, from earlier versions).
 */
export interface SetAsideItem {
  ref: string;
  at: string;
  reason: string;
  origin: SetAside['origin'];
  size: number;
}

/** A row exactly as stored, as text (what a download of set-aside data holds). */
export const rawOf = (row: unknown): string => {
  try {
    return JSON.stringify(row) ?? String(row);
  } catch {
    return String(row);
  }
};

/** Unreadable localStorage data the database had no room for: still listed, still in place. */
function legacyLeftovers(storage: Storage, current: LegacyRead): SetAsideItem[] {
  const out: SetAsideItem[] = legacySetAside(storage).map((b) => ({ ref: `l:${b.key}`, at: b.at, reason: 'set aside by an earlier version', origin: 'local-storage', size: b.raw.length }));
  if (current.kind === 'unreadable') out.push({ ref: `l:${LEGACY_RECORDS_KEY}`, at: '', reason: current.reason, origin: 'local-storage', size: current.raw.length });
  return out;
}

/**
 * Everything set aside, wherever it is kept, newest first: the list My records shows. `current`
 * is what was read of the earlier version's records key (readLegacyRecords).
 */
export function setAsideList(stored: SetAside[], stuck: SetAsideItem[], legacy: Storage | null, current: LegacyRead): SetAsideItem[] {
  return [
    ...stored.map((s): SetAsideItem => ({ ref: `t:${s.id!}`, at: s.at, reason: s.reason, origin: s.origin, size: s.raw.length })),
    ...stuck,
    ...(legacy ? legacyLeftovers(legacy, current) : []),
  ].sort((a, b) => b.at.localeCompare(a.at));
}
