import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { applyImport, previewImport, readRecordsFile, type ImportErrorCode } from '../../../domain/records-file';
import type { UserRecord } from '../../../domain/records';
import type { Dataset } from '../../../domain/types';
import { useRecords } from '../../../stores/records';

type Step =
  | { kind: 'idle' }
  | { kind: 'error'; file: string; code: ImportErrorCode; details: string[] }
  | { kind: 'preview'; file: string; incoming: UserRecord[]; add: number; change: number; unchanged: number }
  | { kind: 'done'; added: number; changed: number };

/** Import a JSON export: read, check, preview what it adds or changes, and apply only on confirmation. */
export function ImportPanel({ data }: { data: Dataset }) {
  const { t } = useTranslation();
  const records = useRecords((s) => s.records);
  const replaceAll = useRecords((s) => s.replaceAll);
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const text = file.size > 10 * 1024 * 1024 ? '' : await file.text();
    const result = readRecordsFile(text, file.size, {
      targetIds: new Set(data.targets.map((x) => x.id)),
      commitmentIds: new Set(data.commitments.map((x) => x.id)),
      resolutionIds: new Set(data.resolutions.map((x) => x.id)),
    });
    if (!result.ok) {
      setStep({ kind: 'error', file: file.name, code: result.error.code, details: result.error.details.slice(0, 5) });
      return;
    }
    const preview = previewImport(records, result.records);
    setStep({
      kind: 'preview',
      file: file.name,
      incoming: result.records,
      add: preview.add.length,
      change: preview.change.length,
      unchanged: preview.unchanged.length,
    });
  };

  const confirm = () => {
    if (step.kind !== 'preview') return;
    replaceAll(applyImport(records, step.incoming));
    setStep({ kind: 'done', added: step.add, changed: step.change });
  };

  return (
    <section className="panel" aria-labelledby="import-title">
      <h2 id="import-title">{t('records.import.title')}</h2>
      <label className="file-input">
        {t('records.import.choose')}
        <input type="file" accept="application/json,.json" onChange={(e) => void onFile(e)} />
      </label>
      {step.kind === 'error' && (
        <div role="alert" className="notice error-notice">
          <p>
            <strong>{t('records.import.refused', { file: step.file })}</strong> {t(`records.import.errors.${step.code}`)}
          </p>
          {step.details.length > 0 && (
            <ul>
              {step.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
          <p>{t('records.import.nothingChanged')}</p>
        </div>
      )}
      {step.kind === 'preview' && (
        <div className="notice" role="region" aria-label={t('records.import.previewLabel')}>
          <p>{t('records.import.preview', { file: step.file, add: step.add, change: step.change, unchanged: step.unchanged })}</p>
          <div className="form-actions">
            <button type="button" className="primary" onClick={confirm} disabled={step.add + step.change === 0}>
              {t('records.import.confirm')}
            </button>
            <button type="button" onClick={() => setStep({ kind: 'idle' })}>
              {t('records.cancel')}
            </button>
          </div>
        </div>
      )}
      {step.kind === 'done' && (
        <p role="status">{t('records.import.done', { added: step.added, changed: step.changed })}</p>
      )}
    </section>
  );
}
