import { useCallback, useMemo } from 'react';
import { filtersFromSearchParams, filtersToSearchParams, type Filters } from '../domain/filters';
import { useSearchUpdate } from './use-search-update';

/**
 * The filters live in the URL, so a filtered view can be bookmarked, shared and reloaded;
 * the URL is their only copy. Each change builds on the one before it, rendered or not
 * (useSearchUpdate): ticking a resolution and choosing a status in the same instant keeps both.
 */
export function useFilters() {
  const { params, update } = useSearchUpdate();
  const filters = useMemo(() => filtersFromSearchParams(params), [params]);
  const setFilters = useCallback(
    (change: Partial<Filters>) =>
      update((latest) => filtersToSearchParams({ ...filtersFromSearchParams(latest), ...change }, latest), { replace: true }),
    [update],
  );
  return { filters, setFilters };
}
