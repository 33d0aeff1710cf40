import type { ReactNode } from 'react';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
}

/** The table behind a chart: what a screen reader reads and what a projector can zoom. */
export function DataTable<T>({ caption, columns, rows, rowKey, scrollable = false }: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** A wide table that may scroll sideways (on a phone, in a half-width panel): keyboard users can then focus and scroll it. */
  scrollable?: boolean;
}) {
  return (
    <div className="table-scroll" {...(scrollable && { tabIndex: 0, role: 'region', 'aria-label': caption })}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td key={c.header} className={c.numeric ? 'num' : undefined}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
