import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import type { Column } from './data-table';
import { usePrinting } from '../hooks/use-printing';
import { Cells, HeadingRow } from './table-parts';
import { adjustUnlessScrollingForward } from './virtual-window';

export interface WindowedTableProps<T> {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
}

/** A row's height before any is drawn: one line of the page's type with its padding. */
const ROW_ESTIMATE_PX = 44;

/**
 * A long table in a box that scrolls (see DataTable's `windowed`): only the rows in view and a
 * few either side are drawn, between two empty rows that keep the scrollbar true. The large
 * tracker's 200 resolutions were laid out again on every filter change, wherever the reader
 * was. A screen reader hears each row's place (aria-rowindex of aria-rowcount); paper gets every
 * row. Its own chunk, with TanStack Virtual, as the windowed lists.
 */
export function WindowedTable<T>({ caption, columns, rows, rowKey }: WindowedTableProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const printing = usePrinting();
  // The rows start below the caption and the heading row, inside the same scrolling box; rows not
  // drawn yet are taken to be as tall as the first one drawn (two lines each on a phone), so the
  // scrollbar, and a keyboard's End, reach the last row.
  const [{ rowsFrom, rowHeight }, setLayout] = useState({ rowsFrom: 0, rowHeight: ROW_ESTIMATE_PX });
  // eslint-disable-next-line react-hooks/incompatible-library -- see windowed-list.tsx
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    scrollMargin: rowsFrom,
    overscan: 4,
    useFlushSync: false,
    getItemKey: (index) => rowKey(rows[index]!),
  });
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = adjustUnlessScrollingForward;
  const drawn = printing ? rows.map((_, index) => ({ index, start: 0, end: 0 })) : virtualizer.getVirtualItems();
  const hasRows = drawn.length > 0;
  useLayoutEffect(() => {
    const box = scroller.current;
    const first = body.current;
    if (!box || !first) return;
    const row = first.querySelector('tr[data-index]');
    setLayout({
      rowsFrom: first.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop,
      // Rounded up: a guess a little long only shrinks as rows are drawn, and the box then ends
      // where a keyboard's End took it; a guess a little short left the last row cut off.
      rowHeight: row ? Math.ceil(row.getBoundingClientRect().height) + 1 : ROW_ESTIMATE_PX,
    });
  }, [caption, hasRows]);
  // Item positions count from the box's top; the spacers, from the first row's.
  const before = printing ? 0 : (drawn[0]?.start ?? rowsFrom) - rowsFrom;
  const after = printing ? 0 : virtualizer.getTotalSize() - ((drawn.at(-1)?.end ?? rowsFrom) - rowsFrom);
  return (
    <div ref={scroller} className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table aria-rowcount={rows.length + 1}>
        <caption>{caption}</caption>
        <thead>
          <HeadingRow columns={columns} rowIndex={1} />
        </thead>
        <tbody ref={body}>
          {before > 0 && <tr aria-hidden="true" className="table-spacer" style={{ height: before }} />}
          {drawn.map(({ index }) => {
            const row = rows[index]!;
            return (
              <tr key={rowKey(row)} data-index={index} ref={printing ? undefined : virtualizer.measureElement} aria-rowindex={index + 2}>
                <Cells columns={columns} row={row} />
              </tr>
            );
          })}
          {after > 0 && <tr aria-hidden="true" className="table-spacer" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
}
