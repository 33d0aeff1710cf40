import { useTranslation } from 'react-i18next';

/** A meeting form's submit button, Cancel when it can be left unsaved, and why the last save failed. */
export function FormButtons({ submitLabel, onCancel, saveError, saving }: {
  submitLabel: string;
  onCancel?: () => void;
  saveError: string | null;
  saving: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      {saveError && (
        <p role="alert" className="notice error-notice">
          {saveError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" aria-disabled={saving || undefined}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('meetings.cancel')}
          </button>
        )}
      </div>
    </>
  );
}
