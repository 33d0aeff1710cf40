import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import type { UserRecord } from '../../../domain/records';
import type { Dataset } from '../../../domain/types';
import { useFormat } from '../../../hooks/use-format';
import { useRecords } from '../../../stores/records';
import { RecordSourceText } from './record-source';

/** Every record the user holds, newest first, each deletable (with undo). */
export function RecordsList({ data }: { data: Dataset }) {
  const { t } = useTranslation();
  const format = useFormat();
  const records = useRecords((s) => s.records);
  const remove = useRecords((s) => s.remove);
  const rows = [...records].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const subject = (r: UserRecord): string => {
    if (r.kind === 'figure') {
      const target = data.targets.find((x) => x.id === r.targetId);
      return target ? format.text(target.label) : r.targetId;
    }
    if (r.kind === 'assessment') {
      const c = data.commitments.find((x) => x.id === r.commitmentId);
      return c ? format.text(c.text) : r.commitmentId;
    }
    if (r.kind === 'resolution') return `${r.code} — ${r.title}`;
    if (r.kind === 'commitment') return r.text;
    if (r.kind === 'target') return r.label;
    return r.title;
  };
  const what = (r: UserRecord): string => {
    if (r.kind === 'figure') return format.number(r.value, 2);
    if (r.kind === 'assessment') return `${t(`status.${r.status}`)}: ${r.justification}`;
    return t('records.userAdded');
  };
  const date = (r: UserRecord) => (r.kind === 'figure' ? r.asOf : r.kind === 'assessment' || r.kind === 'event' ? r.date : r.createdAt.slice(0, 10));
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
            { header: t('table.source'), cell: (r) => <RecordSourceText source={r.source} /> },
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
    </section>
  );
}
