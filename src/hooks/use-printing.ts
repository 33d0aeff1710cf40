import { useSyncExternalStore } from 'react';

/** Between the browser's beforeprint and afterprint, whatever the media query says at that instant. */
let preparingPrint = false;

const query = () => (typeof window === 'undefined' ? undefined : window.matchMedia?.('print'));

function subscribe(onChange: () => void) {
  const print = query();
  const before = () => {
    preparingPrint = true;
    onChange();
  };
  const after = () => {
    preparingPrint = false;
    onChange();
  };
  print?.addEventListener('change', onChange);
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    print?.removeEventListener('change', onChange);
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}

const printing = () => preparingPrint || (query()?.matches ?? false);

/**
 * Whether the page is being printed (or emulated as print). For what CSS alone cannot change on
 * paper: chart colours (SVG attributes), and the rows a windowed table leaves undrawn on screen.
 * An update from beforeprint renders before the browser lays out the pages.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, printing, () => false);
}
