import { useTranslation } from '../../../hooks/use-translation';
import { FormField } from '../../../components/form-field';
import { validateFigureInput } from '../../../domain/record-validation';
import type { FigureRecord } from '../../../domain/records';
import { newRecordId, nowIso } from '../../../lib/record-ids';
import { FormActions } from '../../../components/form-actions';
import { SourceFields } from './source-fields';
import { useRecordForm } from '../../../hooks/use-record-form';
import type { WriteResult } from '../../../stores/records';

type Fields = { value: string; asOf: string; sourceText: string; sourceUrl: string; note: string };

const fieldsOf = (r?: FigureRecord): Fields => ({
  value: r ? String(r.value) : '',
  asOf: r?.asOf ?? '',
  sourceText: r?.source.text ?? '',
  sourceUrl: r?.source.url ?? '',
  note: r?.note ?? '',
});

/** Record (or correct) a figure for a target; nothing is saved until every field is valid. */
export function FigureForm({ targetId, unit, context, editing, onSave, onCancel }: {
  targetId: string;
  unit: string;
  context: { dataStart: string; today: string; largestMilestone: number };
  editing?: FigureRecord;
  onSave: (record: FigureRecord) => Promise<WriteResult>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const form = useRecordForm(
    fieldsOf(editing),
    (f: Fields) => validateFigureInput(f, context),
    (value) => {
      const now = nowIso();
      return onSave({ ...value, id: editing?.id ?? newRecordId('fig'), kind: 'figure', targetId, createdAt: editing?.createdAt ?? now, updatedAt: now });
    },
    { max: context.largestMilestone },
  );

  const { fields, set, errors, submit } = form;
  return (
    <form className="record-form" onSubmit={submit} noValidate aria-label={editing ? t('records.figure.editTitle') : t('records.figure.title')}>
      <div className="form-row">
        <FormField label={t('records.figure.value', { unit })} error={errors.value}>
          <input inputMode="decimal" value={fields.value} onChange={set('value')} autoComplete="off" />
        </FormField>
        <FormField label={t('records.figure.asOf')} error={errors.asOf}>
          <input type="date" value={fields.asOf} onChange={set('asOf')} min={context.dataStart} max={context.today} />
        </FormField>
      </div>
      <SourceFields form={form} hint={t('records.sourceHint')} />
      <FormField label={t('records.note')} error={errors.note}>
        <textarea value={fields.note} onChange={set('note')} rows={2} />
      </FormField>
      <FormActions submitLabel={editing ? t('records.saveChanges') : t('records.figure.submit')} onCancel={onCancel} saveError={form.saveError} saving={form.saving} />
    </form>
  );
}
