import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { filtersFromSearchParams, filtersToSearchParams, type Filters } from '../domain/filters';

/**
 * The filters live in the URL, so a filtered view can be bookmarked, shared and reloaded;
 * the URL is their only copy.
 *
 * Each change builds on the one before it even when that one has not rendered yet. The router
 * renders a navigation in a transition and hands `setSearchParams` the URL as last rendered, so
 * ticking a resolution and choosing a status in the same instant used to drop the tick.
 */
export function useFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearchParams(params), [params]);
  /** The URLs this hook asked for that have not rendered yet, oldest first. */
  const pending = useRef<string[]>([]);
  const rendered = params.toString();
  useEffect(() => {
    // One of ours has rendered: it and those before it are done. Any other URL (the back
    // button, another part of the page) is the base from now on.
    const at = pending.current.indexOf(rendered);
    pending.current = at === -1 ? [] : pending.current.slice(at + 1);
  }, [rendered]);
  const setFilters = useCallback(
    (update: Partial<Filters>) =>
      setParams(
        (current) => {
          const latest = pending.current.at(-1);
          const base = latest === undefined ? current : new URLSearchParams(latest);
          const next = filtersToSearchParams({ ...filtersFromSearchParams(base), ...update }, base);
          pending.current.push(next.toString());
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { filters, setFilters };
}
