import { useTranslation } from '../../../hooks/use-translation';
import type { RecordsRepository } from '../../../api/records-client';
import { retryAll, useSync } from '../../../stores/sync';

/** Where the shared server stands: everything sent, or what is waiting and why. */
export function SyncStatus({ repo }: { repo: RecordsRepository }) {
  const { t } = useTranslation();
  const pending = useSync((s) => s.outbox.length);
  const lastError = useSync((s) => s.lastError);
  const syncing = useSync((s) => s.syncing);
  if (pending === 0) return <p className="sync-status muted">{t('records.sync.allSent')}</p>;
  return (
    <div className={`sync-status${lastError ? ' notice error-notice' : ' notice'}`} role={lastError ? 'alert' : 'status'}>
      <p>
        {t('records.sync.pending', { count: pending })}
        {lastError && ` ${t('records.sync.lastError', { error: lastError })}`}
      </p>
      <button type="button" onClick={() => void retryAll(repo)} disabled={syncing}>
        {t('records.sync.retry')}
      </button>
    </div>
  );
}
