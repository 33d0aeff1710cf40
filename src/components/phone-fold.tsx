import type { ReactNode } from 'react';

/**
 * `children` folded under a `<details>` that `summary` opens, on a phone only: on a wider
 * screen the stylesheet hides the summary and lays the children out as the parent's own
 * (`.phone-fold` in styles.css, at the same 40rem as the other phone rules). The width is CSS's
 * to decide, not a script's, so the prerendered page is already folded on a phone: deciding it
 * after hydrating moved the whole page up under the reader (a layout shift of 0.44, Lighthouse's
 * mobile preset) and rendered the view again.
 */
export function PhoneFold({ summary, className, bodyClassName, children }: {
  summary: ReactNode;
  className: string;
  bodyClassName: string;
  children: ReactNode;
}) {
  return (
    <details className={`phone-fold ${className}`}>
      <summary>{summary}</summary>
      <div className={`phone-fold-body ${bodyClassName}`}>{children}</div>
    </details>
  );
}
