import { useMemo, useState } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { DataTable } from '../../../components/data-table';
import type { UserRecord } from '../../../domain/records';
import type { Dataset } from '../../../domain/types';
import { useFormat } from '../../../hooks/use-format';
import { useRecords } from '../../../stores/records';
import { RecordSourceText } from './record-source';

/** Rows the table shows at first, and each "Show more" adds: an import of thousands stays quick to open. */
export const RECORDS_PAGE = 200;

/** Every record the user holds, newest first, each deletable (with undo). */
export function RecordsList({ data, pageSize = RECORDS_PAGE }: { data: Dataset; pageSize?: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const records = useRecords((s) => s.records);
  const remove = useRecords((s) => s.remove);
  const [limit, setLimit] = useState(pageSize);
  const sorted = useMemo(() => [...records].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)), [records]);
  const rows = sorted.length > limit ? sorted.slice(0, limit) : sorted;
  const targets = useMemo(() => new Map(data.targets.map((x) => [x.id, x])), [data]);
  const commitments = useMemo(() => new Map(data.commitments.map((x) => [x.id, x])), [data]);
  const subject = (r: UserRecord): string => {
    if (r.kind === 'figure') {
      const target = targets.get(r.targetId);
      return target ? format.text(target.label) : r.targetId;
    }
    if (r.kind === 'assessment') {
      const c = commitments.get(r.commitmentId);
      return c ? format.text(c.text) : r.commitmentId;
    }
    if (r.kind === 'assignment') {
      const c = commitments.get(r.commitmentId);
      return c ? format.text(c.text) : r.commitmentId;
    }
    if (r.kind === 'resolution') return `${r.code} — ${r.title}`;
    if (r.kind === 'commitment' || r.kind === 'decision') return r.text;
    if (r.kind === 'target') return r.label;
    return r.title;
  };
  const what = (r: UserRecord): string => {
    if (r.kind === 'figure') return format.number(r.value, 2);
    if (r.kind === 'assessment') return `${t(`status.${r.status}`)}: ${r.justification}`;
    if (r.kind === 'decision') return `${r.owner}${r.done ? ` — ${t('records.page.done', { date: format.date(r.done.on) })}` : ''}`;
    if (r.kind === 'assignment') return [r.lead, ...r.coLeads].filter(Boolean).join(', ');
    if (r.kind === 'meeting') return r.participants;
    return t('records.userAdded');
  };
  const date = (r: UserRecord) => {
    if (r.kind === 'figure') return r.asOf;
    if (r.kind === 'assessment' || r.kind === 'event' || r.kind === 'meeting') return r.date;
    if (r.kind === 'decision') return r.dueOn;
    if (r.kind === 'assignment' && r.dueOn) return r.dueOn;
    return r.createdAt.slice(0, 10);
  };
  return (
    <section className="panel" aria-labelledby="all-records-title">
      <h2 id="all-records-title">{t('records.page.all')}</h2>
      {rows.length === 0 ? (
        <p className="empty">{t('records.page.none')}</p>
      ) : (
        <DataTable
          caption={t('records.page.all')}
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            { header: t('table.kind'), cell: (r) => t(`records.page.kind.${r.kind}`) },
            { header: t('records.page.subject'), cell: subject },
            { header: t('records.page.date'), cell: (r) => format.date(date(r)) },
            { header: t('records.page.what'), cell: what },
            { header: t('table.source'), cell: (r) => ('source' in r ? <RecordSourceText source={r.source} /> : null) },
            {
              header: t('records.actions'),
              cell: (r) => (
                <button type="button" onClick={() => void remove(r.id)} aria-label={`${t('records.delete')}: ${subject(r)}`}>
                  {t('records.delete')}
                </button>
              ),
            },
          ]}
        />
      )}
      {rows.length < sorted.length && (
        <p className="form-actions">
          <span>{t('records.page.shown', { shown: format.number(rows.length), total: format.number(sorted.length) })}</span>
          <button type="button" onClick={() => setLimit((n) => n + pageSize)}>
            {t('records.page.showMore', { count: Math.min(pageSize, sorted.length - rows.length) })}
          </button>
        </p>
      )}
    </section>
  );
}
