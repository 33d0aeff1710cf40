import { useTranslation } from '../../../hooks/use-translation';
import { StatusBadge } from '../../../components/status-badge';
import type { AssessmentRecord } from '../../../domain/records';
import { useFormat } from '../../../hooks/use-format';
import { useRecords } from '../../../stores/records';
import { AssessmentForm } from './assessment-form';
import { RecordHistoryPanel } from './record-history-panel';
import { RecordSourceText } from './record-source';

/** Assess a commitment, and see the history of assessments: the newest is its status. */
export function AssessmentPanel({ commitmentId, context }: {
  commitmentId: string;
  context: { dataStart: string; today: string };
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const records = useRecords((s) => s.records);
  const history = records
    .filter((r): r is AssessmentRecord => r.kind === 'assessment' && r.commitmentId === commitmentId)
    .sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt));
  return (
    <RecordHistoryPanel
      id="assessment-panel-title"
      title={t('records.assessment.title')}
      historyCaption={t('records.assessment.historyCaption')}
      emptyText={t('records.assessment.none')}
      rows={history}
      renderForm={(props) => <AssessmentForm commitmentId={commitmentId} context={context} {...props} />}
      rowLabel={(r) => ({
        edit: t('records.editAssessment', { date: format.date(r.date) }),
        delete: t('records.deleteAssessment', { date: format.date(r.date) }),
      })}
      columns={[
        { header: t('records.assessment.date'), cell: (r) => format.date(r.date) },
        { header: t('records.assessment.status'), cell: (r) => <StatusBadge status={r.status} /> },
        { header: t('records.assessment.justification'), cell: (r) => r.justification },
        { header: t('table.source'), cell: (r) => <RecordSourceText source={r.source} /> },
      ]}
    />
  );
}
