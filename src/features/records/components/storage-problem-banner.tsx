import { useState } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { Link, useLocation } from 'react-router';
import { paths } from '../../../config/paths';
import { useRecords } from '../../../stores/records';

/**
 * What went wrong with the browser's storage, on every page: a change it refused to keep (with
 * what to do), no storage at all, or stored data that could not be read (listed on My records).
 */
export function StorageProblemBanner() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const writeError = useRecords((s) => s.writeError);
  const unavailable = useRecords((s) => s.unavailable);
  const setAsideCount = useRecords((s) => s.setAside.length);
  const dismissWriteError = useRecords((s) => s.dismissWriteError);
  const [setAsideDismissed, setSetAsideDismissed] = useState(false);
  const onRecords = pathname === paths.records();
  const toRecords = !onRecords && (
    <Link to={{ pathname: paths.records(), search }}>{t('records.writeError.openRecords')}</Link>
  );
  return (
    <>
      {(writeError || unavailable) && (
        <div role="alert" className="banner">
          <p>
            <strong>{t('records.writeError.title')}</strong> {t(`records.writeError.${writeError ?? 'unavailable'}`)}
          </p>
          <div className="form-actions">
            {toRecords}
            {writeError && (
              <button type="button" onClick={dismissWriteError}>
                {t('records.writeError.dismiss')}
              </button>
            )}
          </div>
        </div>
      )}
      {setAsideCount > 0 && !setAsideDismissed && (
        <div role="alert" className="banner">
          <p>
            <strong>{t('records.storage.title')}</strong> {t('records.storage.body')}
          </p>
          <div className="form-actions">
            {!onRecords && (
              <Link to={{ pathname: paths.records(), search }}>{t('records.storage.see')}</Link>
            )}
            <button type="button" onClick={() => setSetAsideDismissed(true)}>
              {t('records.storage.dismiss')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
