import type { ReactNode } from 'react';

export const isHttpUrl = (href: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(href).protocol);
  } catch {
    return false;
  }
};

/** An outbound link, only ever http(s); anything else renders as plain text. */
export function SafeLink({ href, children }: { href: string; children: ReactNode }) {
  if (!isHttpUrl(href)) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
