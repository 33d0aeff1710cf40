import { useTranslation } from '../hooks/use-translation';

/**
 * A form's submit button, and Cancel when the form can be left without saving; above them, why
 * the last save did not happen, if the browser refused it.
 */
export function FormActions({ submitLabel, onCancel, saveError, saving }: {
  submitLabel: string;
  onCancel?: () => void;
  saveError?: string | null;
  saving?: boolean;
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
            {t('records.cancel')}
          </button>
        )}
      </div>
    </>
  );
}
