import { useTranslation } from 'react-i18next';

/** A form's submit button, and Cancel when the form can be left without saving. */
export function FormActions({ submitLabel, onCancel }: { submitLabel: string; onCancel?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="primary">
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {t('records.cancel')}
        </button>
      )}
    </div>
  );
}
