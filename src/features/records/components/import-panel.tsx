import { useState, type ChangeEvent } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { MAX_IMPORT_BYTES, previewImport, readRecordsFile, type ImportErrorCode } from '../../../domain/records-file';
import type { UserRecord } from '../../../domain/records';
import type { Dataset } from '../../../domain/types';
import { recordContext } from '../../../domain/record-context';
import { useFormat } from '../../../hooks/use-format';
import { todayIso } from '../../../lib/clock';
import { useRecords } from '../../../stores/records';
import { estimateStorage, freeRoom, roomNeeded } from '../../../stores/storage-estimate';

type Step =
  | { kind: 'idle' }
  | { kind: 'error'; file: string; code: ImportErrorCode | 'no-room'; details: string[]; values?: Record<string, string> }
  | { kind: 'preview'; file: string; incoming: UserRecord[]; add: number; change: number; unchanged: number; skipped: string[]; bytes: number }
  | { kind: 'saving'; count: number }
  | { kind: 'done'; added: number; changed: number };

/**
 * Import a JSON export (or a download of set-aside data): read, check, preview what it adds or
 * changes, and apply only on confirmation — after checking the browser has room for it, in one
 * transaction, so it is all there or none of it is.
 */
export function ImportPanel({ data }: { data: Dataset }) {
  const { t } = useTranslation();
  const format = useFormat();
  const records = useRecords((s) => s.records);
  const importRecords = useRecords((s) => s.importRecords);
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
    const result = readRecordsFile(text, file.size, {
      targetIds: new Set(data.targets.map((x) => x.id)),
      commitmentIds: new Set(data.commitments.map((x) => x.id)),
      resolutionIds: new Set(data.resolutions.map((x) => x.id)),
      meetingIds: new Set(records.filter((r) => r.kind === 'meeting').map((r) => r.id)),
      rules: recordContext(data, todayIso()),
    });
    if (!result.ok) {
      setStep({ kind: 'error', file: file.name, code: result.error.code, details: result.error.details.slice(0, 5) });
      return;
    }
    const preview = previewImport(records, result.records);
    setStep({
      kind: 'preview',
      file: file.name,
      incoming: [...preview.add, ...preview.change.map((c) => c.after)],
      add: preview.add.length,
      change: preview.change.length,
      unchanged: preview.unchanged.length,
      skipped: result.skipped,
      bytes: new Blob([JSON.stringify(result.records)]).size,
    });
  };

  const confirm = async () => {
    if (step.kind !== 'preview') return;
    const free = freeRoom(await estimateStorage());
    const needed = roomNeeded(step.bytes);
    const refuseNoRoom = () =>
      setStep({ kind: 'error', file: step.file, code: 'no-room', details: [], values: { needed: format.bytes(needed), free: format.bytes(free ?? 0) } });
    if (free !== null && needed > free) {
      refuseNoRoom();
      return;
    }
    setStep({ kind: 'saving', count: step.incoming.length });
    const saved = await importRecords(step.incoming);
    if (saved.ok) setStep({ kind: 'done', added: step.add, changed: step.change });
    else if (saved.failure === 'quota') refuseNoRoom();
    else setStep({ kind: 'error', file: step.file, code: 'no-room', details: [t(`records.writeError.${saved.failure}`)], values: { needed: format.bytes(needed), free: format.bytes(free ?? 0) } });
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
            <strong>{t('records.import.refused', { file: step.file })}</strong> {t(`records.import.errors.${step.code}`, { needed: step.values?.needed ?? '', free: step.values?.free ?? '' })}
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
          {step.skipped.length > 0 && (
            <>
              <p>{t('records.import.salvaged', { count: step.skipped.length })}</p>
              <ul className="skipped-list">
                {step.skipped.slice(0, 20).map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            </>
          )}
          <div className="form-actions">
            <button type="button" className="primary" onClick={() => void confirm()} disabled={step.add + step.change === 0}>
              {t('records.import.confirm')}
            </button>
            <button type="button" onClick={() => setStep({ kind: 'idle' })}>
              {t('records.cancel')}
            </button>
          </div>
        </div>
      )}
      {step.kind === 'saving' && <p role="status">{t('records.import.saving', { count: step.count })}</p>}
      {step.kind === 'done' && (
        <p role="status">{t('records.import.done', { added: step.added, changed: step.changed })}</p>
      )}
    </section>
  );
}
