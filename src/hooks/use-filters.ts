import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { filtersFromSearchParams, filtersToSearchParams, type Filters } from '../domain/filters';

/**
 * The filters live in the URL, so a filtered view can be bookmarked, shared and reloaded;
 * the URL is their only copy.
 */
export function useFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearchParams(params), [params]);
  const setFilters = useCallback(
    (update: Partial<Filters>) =>
      setParams((current) => filtersToSearchParams({ ...filtersFromSearchParams(current), ...update }, current), {
        replace: true,
      }),
    [setParams],
  );
  return { filters, setFilters };
}
