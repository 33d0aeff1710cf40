import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import type { FigureRecord } from '../../../domain/records';
import { useFormat } from '../../../hooks/use-format';
import { useRecords } from '../../../stores/records';
import { FigureForm } from './figure-form';
import { RecordSourceText } from './record-source';

/** Record figures for a target, and see, correct or delete the ones recorded. */
export function FigurePanel({ targetId, unit, context }: {
  targetId: string;
  unit: string;
  context: { dataStart: string; today: string; largestMilestone: number };
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const records = useRecords((s) => s.records);
  const { add, update, remove } = useRecords.getState();
  const [editing, setEditing] = useState<FigureRecord | null>(null);
  const figures = records
    .filter((r): r is FigureRecord => r.kind === 'figure' && r.targetId === targetId)
    .sort((a, b) => b.asOf.localeCompare(a.asOf) || b.updatedAt.localeCompare(a.updatedAt));

  return (
    <section className="panel" aria-labelledby="figure-panel-title">
      <h2 id="figure-panel-title">{t('records.figure.title')}</h2>
      {editing ? (
        <FigureForm
          key={editing.id}
          targetId={targetId}
          unit={unit}
          context={context}
          editing={editing}
          onSave={(r) => {
            update(r);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <FigureForm targetId={targetId} unit={unit} context={context} onSave={add} />
      )}
      <h3>{t('records.history')}</h3>
      {figures.length === 0 ? (
        <p className="empty">{t('records.figure.none')}</p>
      ) : (
        <DataTable
          caption={t('records.figure.historyCaption')}
          rows={figures}
          rowKey={(r) => r.id}
          columns={[
            { header: t('records.figure.asOf'), cell: (r) => format.date(r.asOf) },
            { header: t('table.value', { unit }), cell: (r) => format.number(r.value, 2), numeric: true },
            { header: t('table.source'), cell: (r) => <RecordSourceText source={r.source} /> },
            { header: t('records.note'), cell: (r) => r.note ?? '' },
            { header: t('records.recordedOn'), cell: (r) => format.date(r.updatedAt.slice(0, 10)) },
            {
              header: t('records.actions'),
              cell: (r) => (
                <span className="row-actions">
                  <button type="button" onClick={() => setEditing(r)} aria-label={t('records.editFigure', { date: format.date(r.asOf) })}>
                    {t('records.edit')}
                  </button>
                  <button type="button" onClick={() => remove(r.id)} aria-label={t('records.deleteFigure', { date: format.date(r.asOf) })}>
                    {t('records.delete')}
                  </button>
                </span>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
