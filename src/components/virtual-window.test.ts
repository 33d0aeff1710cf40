import type { VirtualItem, Virtualizer } from '@tanstack/react-virtual';
import { adjustUnlessScrollingForward, typicalSize } from './virtual-window';

const item = (start: number) => ({ index: 0, key: 'a', start, size: 100, end: start + 100, lane: 0 }) as VirtualItem;
const at = (scrollOffset: number, scrollDirection: 'forward' | 'backward' | null) =>
  ({ scrollOffset, scrollDirection }) as unknown as Virtualizer<HTMLDivElement, Element>;

describe('the window over a long list', () => {
  it('takes an item not drawn yet to be as tall as the mean of those measured, else the guess', () => {
    expect(typicalSize(new Map(), 190)).toBe(190);
    expect(typicalSize(new Map([['a', 200], ['b', 260]]), 190)).toBe(230);
  });

  it('keeps what is on screen in place for an item measured above it, except while the reader goes forward', () => {
    expect(adjustUnlessScrollingForward(item(0), 20, at(500, 'backward'))).toBe(true);
    expect(adjustUnlessScrollingForward(item(0), 20, at(500, null))).toBe(true);
    expect(adjustUnlessScrollingForward(item(0), 20, at(500, 'forward'))).toBe(false);
    expect(adjustUnlessScrollingForward(item(800), 20, at(500, 'backward'))).toBe(false);
  });
});
