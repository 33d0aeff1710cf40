import { lazy, Suspense, type ReactNode } from 'react';
import { VIRTUAL_FROM } from './virtual-list';
import { Cells, HeadingRow } from './table-parts';
import type { WindowedTableProps } from './windowed-table';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
}

/** The window's code (TanStack Virtual), fetched the first time a table is long enough to need it. */
const WindowedTable = lazy(() => import('./windowed-table').then((m) => ({ default: m.WindowedTable }))) as <T>(
  props: WindowedTableProps<T>,
) => ReactNode;

/** The table behind a chart: what a screen reader reads and what a projector can zoom. */
export function DataTable<T>({ caption, columns, rows, rowKey, scrollable = false, windowed = false }: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** A wide table that may scroll sideways (on a phone, in a half-width panel): keyboard users can then focus and scroll it. */
  scrollable?: boolean;
  /**
   * A table whose box scrolls at a fixed height (the styles give it one): from VIRTUAL_FROM rows,
   * only the rows in view are drawn (see WindowedTable).
   */
  windowed?: boolean;
}) {
  const whole = <WholeTable caption={caption} columns={columns} rows={rows} rowKey={rowKey} scrollable={scrollable || windowed} />;
  if (!windowed || rows.length < VIRTUAL_FROM) return whole;
  return (
    <Suspense fallback={whole}>
      <WindowedTable caption={caption} columns={columns} rows={rows} rowKey={rowKey} />
    </Suspense>
  );
}

function WholeTable<T>({ caption, columns, rows, rowKey, scrollable }: { caption: string; columns: Column<T>[]; rows: T[]; rowKey: (row: T) => string; scrollable: boolean }) {
  return (
    <div className="table-scroll" {...(scrollable && { tabIndex: 0, role: 'region', 'aria-label': caption })}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <HeadingRow columns={columns} />
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              <Cells columns={columns} row={row} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
