import type { ReactNode } from 'react';
import { useMediaQuery } from '../hooks/use-media-query';

/** A phone's width, below which the header's settings and the filters fold away. */
const PHONE_WIDTH = '(max-width: 40rem)';

/**
 * `children` as they are on a wide screen; on a phone, folded under a `<details>` that `summary`
 * opens. A component of its own, so that crossing the width re-renders only this fold: its
 * children come unchanged from the parent. That matters on a phone's first load, where the
 * prerendered page is the wide one: the switch after hydrating used to render the whole view
 * again in one piece (150 ms on a phone's CPU, Lighthouse's mobile preset).
 */
export function PhoneFold({ summary, className, bodyClassName, children }: {
  summary: ReactNode;
  className: string;
  bodyClassName: string;
  children: ReactNode;
}) {
  const phone = useMediaQuery(PHONE_WIDTH);
  if (!phone) return children;
  return (
    <details className={className}>
      <summary>{summary}</summary>
      <div className={bodyClassName}>{children}</div>
    </details>
  );
}
