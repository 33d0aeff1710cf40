import { csvCell } from './csv';
import { changeSubject, type SnapshotChange } from './snapshot-diff';

export const CHANGES_CSV_COLUMNS = ['change', 'subject_id', 'subject', 'from', 'to', 'date', 'by', 'detail'] as const;
type Row = Record<(typeof CHANGES_CSV_COLUMNS)[number], string>;
type Columns = Omit<Row, 'change' | 'subject_id' | 'subject'>;

const figureText = (f: { value: number; asOf: string } | null) => (f ? `${f.value} (${f.asOf})` : '');
const orEmpty = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));

function columns(c: SnapshotChange): Columns {
  switch (c.kind) {
    case 'status':
      return { from: orEmpty(c.from), to: c.to, date: c.assessment?.on ?? '', by: c.assessment?.by ?? '', detail: c.assessment?.justification ?? '' };
    case 'figure':
      return {
        from: figureText(c.from),
        to: figureText(c.to),
        date: c.to?.asOf ?? '',
        by: '',
        detail: `verdict ${c.verdictFrom ?? ''} -> ${c.verdictTo}; pace so far ${orEmpty(c.paceSoFar)}; pace needed ${orEmpty(c.paceNeeded)}`,
      };
    case 'verdict':
      return { from: c.from, to: c.to, date: '', by: '', detail: '' };
    case 'item-added':
    case 'item-removed':
      return { from: '', to: '', date: '', by: '', detail: c.item.kind };
    case 'item-edited':
      return { from: '', to: '', date: '', by: '', detail: c.after.kind };
    case 'deadline-passed':
      return { from: '', to: String(c.year), date: `${c.year}-12-31`, by: '', detail: `${c.key}; status ${orEmpty(c.status)}` };
    case 'deadline-moved':
      return { from: orEmpty(c.from), to: orEmpty(c.to), date: '', by: '', detail: c.key };
    case 'decision-edited':
      return { from: c.before.text, to: c.after.text, date: c.after.dueOn, by: c.after.owner, detail: '' };
    case 'decision-done':
      return { from: 'open', to: 'done', date: c.decision.done?.on ?? '', by: c.decision.owner, detail: c.decision.done?.note ?? '' };
    default:
      return { from: '', to: '', date: c.decision.dueOn, by: c.decision.owner, detail: '' };
  }
}

/**
 * The changes as CSV (RFC 4180, CRLF, a byte-order mark for spreadsheets), one row a change in
 * the order given; `label` names each subject (a commitment's text, a target's label, a decision's text).
 */
export function changesCsv(changes: readonly SnapshotChange[], label: (change: SnapshotChange) => string): string {
  const rows = changes.map((c): Row => ({ change: c.kind, subject_id: changeSubject(c).id, subject: label(c), ...columns(c) }));
  const lines = [CHANGES_CSV_COLUMNS.join(','), ...rows.map((row) => CHANGES_CSV_COLUMNS.map((k) => csvCell(row[k])).join(','))];
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}
