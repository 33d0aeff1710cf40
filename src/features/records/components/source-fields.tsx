import { useTranslation } from '../../../hooks/use-translation';
import { FormField } from '../../../components/form-field';

type SourceForm = {
  fields: { sourceText: string; sourceUrl: string };
  set: (key: 'sourceText' | 'sourceUrl') => (e: { target: { value: string } }) => void;
  errors: Record<string, string>;
};

/** Where a record comes from: its text, and a link that may only be http(s). */
export function SourceFields({ form, optional = false, hint }: { form: SourceForm; optional?: boolean; hint?: string }) {
  const { t } = useTranslation();
  return (
    <div className="form-row">
      <FormField label={optional ? t('records.sourceOptional') : t('records.source')} error={form.errors.sourceText} hint={hint}>
        <input value={form.fields.sourceText} onChange={form.set('sourceText')} />
      </FormField>
      <FormField label={t('records.sourceUrl')} error={form.errors.sourceUrl}>
        <input type="url" value={form.fields.sourceUrl} onChange={form.set('sourceUrl')} placeholder="https://" />
      </FormField>
    </div>
  );
}
