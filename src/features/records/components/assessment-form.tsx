import { useTranslation } from '../../../hooks/use-translation';
import { FormField } from '../../../components/form-field';
import { validateAssessmentInput } from '../../../domain/record-validation';
import type { AssessmentRecord } from '../../../domain/records';
import { STATUSES } from '../../../domain/vocabulary';
import { newRecordId, nowIso } from '../../../lib/record-ids';
import { FormActions } from '../../../components/form-actions';
import { SourceFields } from './source-fields';
import { useRecordForm } from '../../../hooks/use-record-form';
import type { WriteResult } from '../../../stores/records';

type Fields = { status: string; date: string; justification: string; sourceText: string; sourceUrl: string };

const fieldsOf = (r: AssessmentRecord | undefined, today: string): Fields => ({
  status: r?.status ?? '',
  date: r?.date ?? today,
  justification: r?.justification ?? '',
  sourceText: r?.source?.text ?? '',
  sourceUrl: r?.source?.url ?? '',
});

/** Assess a commitment's status; the newest assessment becomes its status, earlier ones its history. */
export function AssessmentForm({ commitmentId, context, editing, onSave, onCancel }: {
  commitmentId: string;
  context: { dataStart: string; today: string };
  editing?: AssessmentRecord;
  onSave: (record: AssessmentRecord) => Promise<WriteResult>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const form = useRecordForm(
    fieldsOf(editing, context.today),
    (f: Fields) => validateAssessmentInput(f, context),
    (value) => {
      const now = nowIso();
      return onSave({ ...value, id: editing?.id ?? newRecordId('asm'), kind: 'assessment', commitmentId, createdAt: editing?.createdAt ?? now, updatedAt: now });
    },
  );

  const { fields, set, errors, submit } = form;
  return (
    <form className="record-form" onSubmit={submit} noValidate aria-label={editing ? t('records.assessment.editTitle') : t('records.assessment.title')}>
      <div className="form-row">
        <FormField label={t('records.assessment.status')} error={errors.status}>
          <select value={fields.status} onChange={set('status')}>
            <option value="">{t('records.assessment.choose')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('records.assessment.date')} error={errors.date}>
          <input type="date" value={fields.date} onChange={set('date')} min={context.dataStart} max={context.today} />
        </FormField>
      </div>
      <FormField label={t('records.assessment.justification')} error={errors.justification}>
        <textarea value={fields.justification} onChange={set('justification')} rows={2} />
      </FormField>
      <SourceFields form={form} optional />
      <FormActions submitLabel={editing ? t('records.saveChanges') : t('records.assessment.submit')} onCancel={onCancel} saveError={form.saveError} saving={form.saving} />
    </form>
  );
}
