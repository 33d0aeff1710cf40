import { useTranslation } from '../../../hooks/use-translation';
import { FormField } from '../../../components/form-field';
import { validateDoneInput } from '../../../domain/meeting-input';
import type { DecisionRecord } from '../../../domain/records';
import { nowIso } from '../../../lib/record-ids';
import { useRecords } from '../../../stores/records';
import { FormActions } from '../../../components/form-actions';
import { useRecordForm } from '../../../hooks/use-record-form';

/** Marks a decision done: on what day, and what was done. */
export function DoneForm({ decision, meetingDate, today, onDone }: { decision: DecisionRecord; meetingDate: string; today: string; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useRecords((s) => s.update);
  const form = useRecordForm(
    { on: today, note: '' },
    (f) => validateDoneInput(f, { meetingDate, today }),
    async (done) => {
      const saved = await update({ ...decision, done, updatedAt: nowIso() });
      if (saved.ok) onDone();
      return saved;
    },
    {},
    'meetings',
  );
  const { fields, set, errors } = form;
  return (
    <form className="record-form" onSubmit={form.submit} noValidate aria-label={t('meetings.done.title', { text: decision.text })}>
      <div className="form-row">
        <FormField label={t('meetings.done.on')} error={errors.on}>
          <input type="date" value={fields.on} onChange={set('on')} min={meetingDate} max={today} />
        </FormField>
        <FormField label={t('meetings.done.note')} error={errors.note}>
          <input type="text" value={fields.note} onChange={set('note')} />
        </FormField>
      </div>
      <FormActions submitLabel={t('meetings.done.submit')} onCancel={onDone} saveError={form.saveError} saving={form.saving} />
    </form>
  );
}
