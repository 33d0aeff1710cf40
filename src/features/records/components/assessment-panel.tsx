import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table';
import { StatusBadge } from '../../../components/status-badge';
import type { AssessmentRecord } from '../../../domain/records';
import { useFormat } from '../../../hooks/use-format';
import { useRecords } from '../../../stores/records';
import { AssessmentForm } from './assessment-form';
import { RecordSourceText } from './record-source';

/** Assess a commitment, and see the history of assessments: the newest is its status. */
export function AssessmentPanel({ commitmentId, context }: {
  commitmentId: string;
  context: { dataStart: string; today: string };
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const records = useRecords((s) => s.records);
  const { add, update, remove } = useRecords.getState();
  const [editing, setEditing] = useState<AssessmentRecord | null>(null);
  const history = records
    .filter((r): r is AssessmentRecord => r.kind === 'assessment' && r.commitmentId === commitmentId)
    .sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt));

  return (
    <section className="panel" aria-labelledby="assessment-panel-title">
      <h2 id="assessment-panel-title">{t('records.assessment.title')}</h2>
      {editing ? (
        <AssessmentForm
          key={editing.id}
          commitmentId={commitmentId}
          context={context}
          editing={editing}
          onSave={(r) => {
            update(r);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <AssessmentForm commitmentId={commitmentId} context={context} onSave={add} />
      )}
      <h3>{t('records.history')}</h3>
      {history.length === 0 ? (
        <p className="empty">{t('records.assessment.none')}</p>
      ) : (
        <DataTable
          caption={t('records.assessment.historyCaption')}
          rows={history}
          rowKey={(r) => r.id}
          columns={[
            { header: t('records.assessment.date'), cell: (r) => format.date(r.date) },
            { header: t('records.assessment.status'), cell: (r) => <StatusBadge status={r.status} /> },
            { header: t('records.assessment.justification'), cell: (r) => r.justification },
            { header: t('table.source'), cell: (r) => <RecordSourceText source={r.source} /> },
            {
              header: t('records.actions'),
              cell: (r) => (
                <span className="row-actions">
                  <button type="button" onClick={() => setEditing(r)} aria-label={t('records.editAssessment', { date: format.date(r.date) })}>
                    {t('records.edit')}
                  </button>
                  <button type="button" onClick={() => remove(r.id)} aria-label={t('records.deleteAssessment', { date: format.date(r.date) })}>
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
