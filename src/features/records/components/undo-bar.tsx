import { useTranslation } from '../../../hooks/use-translation';
import { useRecords } from '../../../stores/records';

/** After a deletion: says so, and offers to take it back. */
export function UndoBar() {
  const { t } = useTranslation();
  const lastDeleted = useRecords((s) => s.lastDeleted);
  const undo = useRecords((s) => s.undoRemove);
  return (
    <div role="status" aria-live="polite" className="undo-region">
      {lastDeleted && (
        <p className="undo-bar">
          {t('records.deleted')}{' '}
          <button type="button" onClick={() => void undo()}>
            {t('records.undo')}
          </button>
        </p>
      )}
    </div>
  );
}
