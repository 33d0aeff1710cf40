import { useCallback, useSyncExternalStore } from 'react';
import { useDataset } from '../api/get-dataset';
import { mergeRecords, type MergedRecords } from '../domain/merge-records';
import type { UserRecord } from '../domain/records';
import type { Dataset } from '../domain/types';
import { useRecords } from '../stores/records';

export type { MergedRecords };

/** One merge per (dataset, records) pair, however many components ask for it. */
let cache: { data: Dataset; records: UserRecord[]; merged: MergedRecords } | null = null;
function mergeOnce(data: Dataset, records: UserRecord[]): MergedRecords {
  if (cache?.data !== data || cache.records !== records) cache = { data, records, merged: mergeRecords(data, records) };
  return cache.merged;
}

const readRecords = () => useRecords.getState().records;
const readLoaded = () => useRecords.getState().loaded;

/**
 * The shipped dataset with the user's records applied: what every view shows. Pending until the
 * stored records have been read, so a view never shows "not found" for an item of the user's own.
 */
export function useMergedDataset<T = MergedRecords>(select?: (merged: MergedRecords) => T) {
  // Read as they are now, on the server and while hydrating too (zustand's hook would read its
  // initial, not-yet-loaded state there): the page hydrates only once the records are read.
  const records = useSyncExternalStore(useRecords.subscribe, readRecords, readRecords);
  const loaded = useSyncExternalStore(useRecords.subscribe, readLoaded, readLoaded);
  const selectMerged = useCallback(
    (data: Dataset) => {
      const merged = mergeOnce(data, records);
      return (select ? select(merged) : merged) as T;
    },
    [records, select],
  );
  const query = useDataset(selectMerged);
  return loaded || query.isError ? query : ({ ...query, data: undefined, isPending: true, isSuccess: false, status: 'pending' } as unknown as typeof query);
}
