import type { VirtualItem, Virtualizer } from '@tanstack/react-virtual';

/**
 * When a windowed list or table keeps what is on screen in place as an item above it is measured.
 * TanStack Virtual corrects the scroll position then, by scrolling; but that correction stops the
 * browser's own smooth scroll short, so a keyboard's End or Page Down left the reader half way
 * down. Going forward, nothing above is corrected: only an item measured while the reader scrolls
 * back up (which would otherwise push what they read down the screen).
 */
export function adjustUnlessScrollingForward(item: VirtualItem, _delta: number, virtualizer: Virtualizer<HTMLDivElement, Element>): boolean {
  return virtualizer.scrollDirection !== 'forward' && item.start < (virtualizer.scrollOffset ?? 0);
}

/**
 * The height to take for an item not drawn yet: the mean of those measured so far, else the
 * caller's guess. A list whose items are taller than guessed (a card on a phone) otherwise grows
 * as it scrolls, and a keyboard's End stops at the end it had when pressed.
 */
export function typicalSize(measured: ReadonlyMap<unknown, number>, guess: number): number {
  if (measured.size === 0) return guess;
  let sum = 0;
  for (const size of measured.values()) sum += size;
  return sum / measured.size;
}
