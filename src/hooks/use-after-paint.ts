import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, but a new value only arrives after the browser has painted the render that brought
 * it. For a slow, self-contained part of a view (a recharts chart lays itself out in several
 * passes): the rest of the view answers a filter in the next frame, the chart a frame later.
 * useDeferredValue is not enough here: the router renders navigations in a transition, where
 * it defers nothing. The later render is a transition too, so React renders it in slices and a
 * click or a key pressed meanwhile is answered between them (on the large dataset these renders
 * held the thread for over 100 ms in one piece).
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(() => value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value, shown]);
  return shown;
}
