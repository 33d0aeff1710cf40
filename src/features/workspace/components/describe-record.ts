import type { UserRecord } from '../../../domain/records';

/** One line that tells two versions of a record apart: its kind, subject and the values that change. */
export function describeRecord(record: UserRecord): string {
  switch (record.kind) {
    case 'figure':
      return `${record.targetId}: ${record.value} (${record.asOf}) — ${record.source.text}${record.note ? ` — ${record.note}` : ''}`;
    case 'assessment':
      return `${record.commitmentId}: ${record.status} (${record.date}) — ${record.justification}`;
    case 'resolution':
      return `${record.code} — ${record.title}`;
    case 'commitment':
      return record.text;
    case 'target':
      return `${record.label} (${record.unit})`;
    case 'event':
      return `${record.date} — ${record.title}`;
    case 'meeting':
      return `${record.date} — ${record.title}`;
    case 'decision':
      return `${record.text} — ${record.owner}, ${record.dueOn}${record.done ? ` — done ${record.done.on}${record.done.note ? `: ${record.done.note}` : ''}` : ''}`;
    case 'assignment':
      return `${record.commitmentId}: ${[record.lead, ...record.coLeads].filter(Boolean).join(', ')}${record.dueOn ? ` (${record.dueOn})` : ''}`;
  }
}
