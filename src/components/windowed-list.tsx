import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { adjustUnlessScrollingForward, typicalSize } from './virtual-window';

export interface WindowedListProps<T> {
  items: readonly T[];
  getKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  label: string;
  className?: string;
  itemClassName?: string;
  /** A typical item's height in pixels; items are measured once drawn. */
  estimateSize: number;
  List: 'ul' | 'ol';
}

/**
 * The long list's window (see VirtualList): its own chunk, with TanStack Virtual, so the
 * shipped dataset's first view, whose lists are short, does not load it.
 */
export function WindowedList<T>({ items, getKey, renderItem, label, className, itemClassName, estimateSize, List }: WindowedListProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [sizing] = useState(() => ({ typical: estimateSize }));
  // The compiler-compatibility lint warns about every TanStack Virtual hook; this app does not
  // use the React Compiler, and the virtualizer is read in render only.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => sizing.typical,
    overscan: 3,
    // A measured item re-renders the list in the next frame, not synchronously inside the commit.
    useFlushSync: false,
    getItemKey: (index) => getKey(items[index]!),
  });
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = adjustUnlessScrollingForward;
  // What estimateSize reads as the virtualizer lays out: the items measured by the last render.
  sizing.typical = typicalSize(virtualizer.itemSizeCache, estimateSize);
  // Each row's content is made once per (items, renderItem): the virtualizer's own re-renders
  // (measuring, scrolling) hand React the same elements, which it does not render again.
  const drawn = useMemo(() => ({ items, renderItem, rows: new Map<number, ReactNode>() }), [items, renderItem]);
  const content = (index: number): ReactNode => {
    if (!drawn.rows.has(index)) drawn.rows.set(index, drawn.renderItem(drawn.items[index]!));
    return drawn.rows.get(index);
  };
  return (
    <div ref={scroller} className="virtual-scroller" role="region" aria-label={label} tabIndex={0}>
      <List className={className} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => (
          <li
            key={row.key}
            className={itemClassName}
            data-index={row.index}
            ref={virtualizer.measureElement}
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
            style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${row.start}px)` }}
          >
            {content(row.index)}
          </li>
        ))}
      </List>
    </div>
  );
}
