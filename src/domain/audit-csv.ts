import { csvCell } from './records-file';
import type { AuditEntry } from './workspace';

export const AUDIT_CSV_COLUMNS = ['id', 'at', 'user', 'action', 'record', 'before', 'after'] as const;

/** A cell safe in any spreadsheet: formulas neutralised, and quoted when it holds `;` too (French locales split on it). */
const cell = (value: string) => {
  const safe = csvCell(value);
  return !safe.startsWith('"') && safe.includes(';') ? `"${safe}"` : safe;
};

const jsonCell = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));

/** The audit log as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark), before and after as JSON. */
export function exportAuditCsv(entries: readonly AuditEntry[]): string {
  const lines = [
    AUDIT_CSV_COLUMNS.join(','),
    ...entries.map((e) =>
      [String(e.id), e.at, e.userEmail, e.action, e.recordId ?? '', jsonCell(e.before), jsonCell(e.after)].map(cell).join(','),
    ),
  ];
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}
