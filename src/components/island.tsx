import { Suspense, useEffect, useLayoutEffect, useState, type ReactNode } from 'react';

/** Islands on the page whose content has not come alive yet. */
const pending = new Set<object>();
let waiting: (() => void)[] = [];

function settle() {
  if (pending.size > 0) return;
  const ready = waiting;
  waiting = [];
  ready.forEach((resolve) => resolve());
}

/** Marks its island's content as live: its effect runs when React has taken that content over. */
function Live({ token }: { token: object }) {
  useEffect(() => {
    pending.delete(token);
    settle();
  }, [token]);
  return null;
}

/**
 * A part of the prerendered page that React takes over on its own. Each Suspense boundary in
 * server-rendered HTML hydrates separately, at a priority React splits into short tasks, so the
 * page answers a click while the rest comes alive (one long task otherwise). It adds no element.
 */
export function Island({ children }: { children: ReactNode }) {
  const [token] = useState(() => ({}));
  // Counted from the commit that shows the island (before any passive effect of that commit),
  // live once its content has committed too.
  useLayoutEffect(() => {
    pending.add(token);
    return () => {
      pending.delete(token);
      settle();
    };
  }, [token]);
  return (
    <Suspense fallback={null}>
      {children}
      <Live token={token} />
    </Suspense>
  );
}

/** Resolves once every island on the page is live (at once when they are). */
export function whenIslandsLive(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    settle();
  });
}
