import { useTranslation } from '../../../hooks/use-translation';
import type { FigureRecord } from '../../../domain/records';
import { useFormat } from '../../../hooks/use-format';
import { useRecords } from '../../../stores/records';
import { FigureForm } from './figure-form';
import { RecordHistoryPanel } from './record-history-panel';
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
  const figures = records
    .filter((r): r is FigureRecord => r.kind === 'figure' && r.targetId === targetId)
    .sort((a, b) => b.asOf.localeCompare(a.asOf) || b.updatedAt.localeCompare(a.updatedAt));
  return (
    <RecordHistoryPanel
      id="figure-panel-title"
      title={t('records.figure.title')}
      historyCaption={t('records.figure.historyCaption')}
      emptyText={t('records.figure.none')}
      rows={figures}
      renderForm={(props) => <FigureForm targetId={targetId} unit={unit} context={context} {...props} />}
      rowLabel={(r) => ({
        edit: t('records.editFigure', { date: format.date(r.asOf) }),
        delete: t('records.deleteFigure', { date: format.date(r.asOf) }),
      })}
      columns={[
        { header: t('records.figure.asOf'), cell: (r) => format.date(r.asOf) },
        { header: t('table.value', { unit }), cell: (r) => format.number(r.value, 2), numeric: true },
        { header: t('table.source'), cell: (r) => <RecordSourceText source={r.source} /> },
        { header: t('records.note'), cell: (r) => r.note ?? '' },
        { header: t('records.recordedOn'), cell: (r) => format.date(r.updatedAt.slice(0, 10)) },
      ]}
    />
  );
}
