import { useEffect, useState } from 'react';

/**
 * `value`, but a new value only arrives after the browser has painted the render that brought
 * it. For a slow, self-contained part of a view (a recharts chart lays itself out in several
 * passes): the rest of the view answers a filter in the next frame, the chart a frame later.
 * useDeferredValue is not enough here: the router renders navigations in a transition, where
 * it defers nothing.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(() => value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
