import { useTranslation } from 'react-i18next';
import { datedName, downloadText } from '../../../lib/download';
import { useRecords } from '../../../stores/records';

/** Stored records that could not be read: say so, and keep them downloadable. */
export function StorageProblemBanner() {
  const { t } = useTranslation();
  const problem = useRecords((s) => s.storageProblem);
  const dismiss = useRecords((s) => s.dismissStorageProblem);
  if (!problem) return null;
  const download = () =>
    downloadText(datedName('policy-targets-unreadable', 'txt'), 'text/plain', localStorage.getItem(problem.keptAs) ?? '');
  return (
    <div role="alert" className="banner">
      <p>
        <strong>{t('records.storage.title')}</strong> {t('records.storage.body')}
      </p>
      <div className="form-actions">
        <button type="button" onClick={download}>
          {t('records.storage.download')}
        </button>
        <button type="button" onClick={dismiss}>
          {t('records.storage.dismiss')}
        </button>
      </div>
    </div>
  );
}
