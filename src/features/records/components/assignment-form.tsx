import { useTranslation } from '../../../hooks/use-translation';
import { FormField } from '../../../components/form-field';
import { validateAssignmentInput } from '../../../domain/assignment-input';
import { USER_ID_PREFIX, type AssignmentRecord } from '../../../domain/records';
import { newRecordId, nowIso } from '../../../lib/record-ids';
import type { WriteResult } from '../../../stores/records';
import { FormActions } from '../../../components/form-actions';
import { useRecordForm } from '../../../hooks/use-record-form';

type Fields = { lead: string; coLeads: string; dueOn: string };

const fieldsOf = (r: AssignmentRecord | undefined): Fields => ({
  lead: r?.lead ?? '',
  coLeads: r?.coLeads.join('\n') ?? '',
  dueOn: r?.dueOn ?? '',
});

/**
 * Who leads a commitment, who co-leads it, and the team's own due date: saved as an assignment
 * record, the newest of which applies over the units the sources name.
 */
export function AssignmentForm({ commitmentId, editing, onSave, onCancel }: {
  commitmentId: string;
  editing?: AssignmentRecord;
  onSave: (record: AssignmentRecord) => Promise<WriteResult>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const form = useRecordForm(fieldsOf(editing), validateAssignmentInput, (value) => {
    const now = nowIso();
    return onSave({
      ...value,
      id: editing?.id ?? newRecordId(`${USER_ID_PREFIX}asg`),
      kind: 'assignment',
      commitmentId,
      createdAt: editing?.createdAt ?? now,
      updatedAt: now,
    });
  });
  const { fields, set, errors, submit } = form;
  return (
    <form className="record-form" onSubmit={submit} noValidate aria-label={editing ? t('units.form.editTitle') : t('units.form.title')}>
      <div className="form-row">
        <FormField label={t('units.form.lead')} error={errors.lead}>
          <input value={fields.lead} onChange={set('lead')} autoComplete="organization" />
        </FormField>
        <FormField label={t('units.form.dueOn')} error={errors.dueOn} hint={t('units.form.dueOnHint')}>
          <input type="date" value={fields.dueOn} onChange={set('dueOn')} />
        </FormField>
      </div>
      <FormField label={t('units.form.coLeads')} error={errors.coLeads} hint={t('units.form.coLeadsHint')}>
        <textarea value={fields.coLeads} onChange={set('coLeads')} rows={2} />
      </FormField>
      <FormActions submitLabel={editing ? t('records.saveChanges') : t('units.form.submit')} onCancel={onCancel} saveError={form.saveError} saving={form.saving} />
    </form>
  );
}
