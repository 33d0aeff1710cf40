import { useTranslation } from '../hooks/use-translation';
import { useFormat } from '../hooks/use-format';
import { useSavedCopy } from '../hooks/use-saved-copy';
import { now } from '../lib/clock';

/** Says when the data on screen is a saved copy, and from when. The live region stays mounted, so the change is announced. */
export function OfflineNotice({ className = 'offline-notice' }: { className?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const copy = useSavedCopy();
  return (
    <div role="status" className={className}>
      {copy && (
        <p className="notice">
          {t(copy.online ? 'state.savedCopy.unreachable' : 'state.savedCopy.offline', {
            date: format.instant(copy.savedAt),
            age: format.age(copy.savedAt, now()),
          })}
        </p>
      )}
    </div>
  );
}
