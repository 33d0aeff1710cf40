import { useTranslation } from '../../../hooks/use-translation';
import { exportMergedDatasetJson, exportRecordsCsv, exportRecordsJson } from '../../../domain/records-file';
import type { Dataset } from '../../../domain/types';
import { datedName, downloadText } from '../../../lib/download';
import { nowIso } from '../../../lib/record-ids';
import { useRecords } from '../../../stores/records';

export function useExports(merged: Dataset | undefined) {
  const records = useRecords((s) => s.records);
  return {
    recordsJson: () => downloadText(datedName('policy-targets-records', 'json'), 'application/json', exportRecordsJson(records, nowIso())),
    recordsCsv: () => downloadText(datedName('policy-targets-records', 'csv'), 'text/csv', exportRecordsCsv(records)),
    datasetJson: () => merged && downloadText(datedName('policy-targets-dataset', 'json'), 'application/json', exportMergedDatasetJson(merged)),
  };
}

export function ExportPanel({ merged }: { merged: Dataset }) {
  const { t } = useTranslation();
  const count = useRecords((s) => s.records.length);
  const exports = useExports(merged);
  return (
    <section className="panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('records.export.title')}</h2>
      <p>{t('records.export.count', { count })}</p>
      <div className="form-actions">
        <button type="button" onClick={exports.recordsJson}>
          {t('records.export.recordsJson')}
        </button>
        <button type="button" onClick={exports.recordsCsv}>
          {t('records.export.recordsCsv')}
        </button>
        <button type="button" onClick={exports.datasetJson}>
          {t('records.export.datasetJson')}
        </button>
      </div>
      <p className="muted">{t('records.export.hint')}</p>
    </section>
  );
}
