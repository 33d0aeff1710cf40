import { useEffect, useReducer } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { datasetQueryOptions, useDatasetCopy } from '../api/get-dataset';
import type { DatasetCopy } from '../api/dataset-copy';
import { useOnline } from './use-online';

export interface SavedCopyShown extends DatasetCopy {
  online: boolean;
}

const MINUTE = 60_000;
const SETTLE_MS = 1_500;

/**
 * The dataset on screen when it is a saved copy: answered by the service worker's cache, or
 * loaded earlier and the browser now offline. Null while the data on screen is live.
 * A cached copy is fetched again when it may have become reachable, so the notice goes when fresh data arrives.
 */
export function useSavedCopy(): SavedCopyShown | null {
  const online = useOnline();
  const { data: copy } = useDatasetCopy();
  const queryClient = useQueryClient();
  const shown = copy !== undefined && (copy.fromCache || !online);
  const fromCache = copy?.fromCache === true;

  // The notice says how old the copy is; let that age move on while it shows.
  const [, tick] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!shown) return;
    const timer = setInterval(tick, MINUTE);
    return () => clearInterval(timer);
  }, [shown]);

  // A cached copy is asked for again once the network is back (after a moment for the connection
  // to settle: the first requests often still fail), and each minute in case the server answers again.
  useEffect(() => {
    if (!fromCache) return;
    const refresh = () => {
      if (navigator.onLine) void queryClient.invalidateQueries({ queryKey: datasetQueryOptions().queryKey });
    };
    let settle: ReturnType<typeof setTimeout> | undefined;
    const onOnline = () => {
      clearTimeout(settle);
      settle = setTimeout(refresh, SETTLE_MS);
    };
    const retry = setInterval(refresh, MINUTE);
    window.addEventListener('online', onOnline);
    return () => {
      clearTimeout(settle);
      clearInterval(retry);
      window.removeEventListener('online', onOnline);
    };
  }, [fromCache, queryClient]);

  return shown ? { ...copy, online } : null;
}
