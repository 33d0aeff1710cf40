import { useTranslation } from '../../../hooks/use-translation';
import type { AssignmentRecord } from '../../../domain/records';
import { useFormat } from '../../../hooks/use-format';
import { useRecords } from '../../../stores/records';
import { AssignmentForm } from './assignment-form';
import { RecordHistoryPanel } from './record-history-panel';

/** The newest first, as merge-records picks the one that applies. */
const newestFirst = (a: AssignmentRecord, b: AssignmentRecord) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || b.id.localeCompare(a.id);

/** Set a commitment's units and due date, and see what was set before: the newest applies. */
export function AssignmentPanel({ commitmentId }: { commitmentId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const records = useRecords((s) => s.records);
  const history = records.filter((r): r is AssignmentRecord => r.kind === 'assignment' && r.commitmentId === commitmentId).sort(newestFirst);
  return (
    <RecordHistoryPanel
      id="assignment-panel-title"
      title={t('units.form.title')}
      historyCaption={t('units.form.historyCaption')}
      emptyText={t('units.form.none')}
      rows={history}
      renderForm={(props) => <AssignmentForm commitmentId={commitmentId} {...props} />}
      rowLabel={(r) => ({
        edit: t('units.form.edit', { date: format.instant(r.updatedAt) }),
        delete: t('units.form.delete', { date: format.instant(r.updatedAt) }),
      })}
      columns={[
        { header: t('units.form.setOn'), cell: (r) => format.instant(r.updatedAt) },
        { header: t('units.lead'), cell: (r) => r.lead || '—' },
        { header: t('units.coLeads'), cell: (r) => r.coLeads.join(', ') || '—' },
        { header: t('units.form.dueOn'), cell: (r) => (r.dueOn ? format.date(r.dueOn) : t('units.form.noDue')) },
      ]}
    />
  );
}
