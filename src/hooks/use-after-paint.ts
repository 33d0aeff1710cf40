import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { whenIdle } from '../lib/when-idle';

/** The updates waiting for the paint of the render that brought them: applied together. */
const waiting = new Set<() => void>();
let scheduled = false;

function applyWaiting() {
  scheduled = false;
  const updates = [...waiting];
  waiting.clear();
  // One synchronous render for all of them: React then runs the effects of that commit at once,
  // so a recharts chart, which takes new data in an effect, redraws in the same task and the
  // same frame as the tables beside it, not a frame after them.
  if (updates.length > 0) flushSync(() => updates.forEach((update) => update()));
}

function afterNextPaint(update: () => void): () => void {
  waiting.add(update);
  if (!scheduled) {
    scheduled = true;
    // After the frame, once the browser has run what was queued for that moment, within 200 ms.
    requestAnimationFrame(() => whenIdle(applyWaiting, 200));
  }
  return () => void waiting.delete(update);
}

/**
 * `value`, but a new value only arrives after the browser has painted the render that brought
 * it. For the slow, self-contained parts of a view (a chart, the tables below the fold): the
 * rest of the view answers a filter in the next frame, they follow right after that paint. Every
 * value held back for the same paint arrives in one render (see applyWaiting). useDeferredValue
 * is not enough here: the router renders navigations in a transition, where it defers nothing.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => setShown(() => value));
  }, [value, shown]);
  return shown;
}
