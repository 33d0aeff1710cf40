import type { Column } from './data-table';

/** A table's heading row, one column header each (the whole table's and the windowed one's). */
export function HeadingRow<T>({ columns, rowIndex }: { columns: Column<T>[]; rowIndex?: number }) {
  return (
    <tr aria-rowindex={rowIndex}>
      {columns.map((c) => (
        <th key={c.header} scope="col" className={c.numeric ? 'num' : undefined}>
          {c.header}
        </th>
      ))}
    </tr>
  );
}

/** A row's cells, numbers aligned as their column says. */
export function Cells<T>({ columns, row }: { columns: Column<T>[]; row: T }) {
  return columns.map((c) => (
    <td key={c.header} className={c.numeric ? 'num' : undefined}>
      {c.cell(row)}
    </td>
  ));
}
