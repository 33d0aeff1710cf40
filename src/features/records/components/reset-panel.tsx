import { useState } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import type { Dataset } from '../../../domain/types';
import { useRecords } from '../../../stores/records';
import { useExports } from './export-panel';

/** Back to the shipped dataset: asks first, and offers the export before anything is deleted. */
export function ResetPanel({ merged }: { merged: Dataset }) {
  const { t } = useTranslation();
  const count = useRecords((s) => s.records.length);
  const replaceAll = useRecords((s) => s.replaceAll);
  const exports = useExports(merged);
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <section className="panel" aria-labelledby="reset-title">
      <h2 id="reset-title">{t('records.reset.title')}</h2>
      {!asking ? (
        <button type="button" onClick={() => { setAsking(true); setDone(false); }} disabled={count === 0}>
          {t('records.reset.start')}
        </button>
      ) : (
        <div className="notice" role="group" aria-label={t('records.reset.confirmLabel')}>
          <p>{t('records.reset.warning', { count })}</p>
          <div className="form-actions">
            <button type="button" onClick={exports.recordsJson}>
              {t('records.export.recordsJson')}
            </button>
            <button
              type="button"
              className="danger"
              onClick={() =>
                void replaceAll([]).then((saved) => {
                  setAsking(!saved.ok);
                  setDone(saved.ok);
                })
              }
            >
              {t('records.reset.confirm')}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {t('records.cancel')}
            </button>
          </div>
        </div>
      )}
      {done && <p role="status">{t('records.reset.done')}</p>}
    </section>
  );
}
