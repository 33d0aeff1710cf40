import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams, type NavigateOptions } from 'react-router';

/**
 * The URL's search parameters, and a way to change them that builds each change on the one asked
 * for before it, even when that one has not rendered yet. The router renders a navigation in a
 * transition and hands `setSearchParams`' updater the URL as last rendered, so two changes made in
 * the same instant (a box ticked and a status chosen; two presses of a clicker) kept only the last.
 */
export function useSearchUpdate() {
  const [params, setParams] = useSearchParams();
  /** The URLs asked for here that have not rendered yet, oldest first. */
  const pending = useRef<string[]>([]);
  const rendered = params.toString();
  useEffect(() => {
    // One of ours has rendered: it and those before it are done. Any other URL (the back
    // button, another part of the page) is the base from now on.
    const at = pending.current.indexOf(rendered);
    pending.current = at === -1 ? [] : pending.current.slice(at + 1);
  }, [rendered]);
  const update = useCallback(
    (change: (latest: URLSearchParams) => URLSearchParams, options?: NavigateOptions) =>
      setParams((current) => {
        const latest = pending.current.at(-1);
        const next = change(latest === undefined ? current : new URLSearchParams(latest));
        pending.current.push(next.toString());
        return next;
      }, options),
    [setParams],
  );
  return { params, update, setParams };
}
