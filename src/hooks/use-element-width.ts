import { useLayoutEffect, useState, type RefObject } from 'react';

export interface ElementRoom {
  width: number;
  /** The element's font size in pixels, so widths can be set in ems. */
  fontPx: number;
  /** The root font size in pixels, for widths set in rems. */
  rootPx: number;
}

/** An element's content width and font size, measured before paint and again when it resizes. */
export function useElementRoom(ref: RefObject<HTMLElement | null>): ElementRoom | null {
  const [room, setRoom] = useState<ElementRoom | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const width = el.clientWidth;
      const fontPx = parseFloat(getComputedStyle(el).fontSize) || 16;
      const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      setRoom((previous) =>
        previous && previous.width === width && previous.fontPx === fontPx && previous.rootPx === rootPx ? previous : { width, fontPx, rootPx },
      );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return room;
}
