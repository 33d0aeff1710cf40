import { useTranslation } from '../../../hooks/use-translation';
import { FormField } from '../../../components/form-field';
import { validateMeetingInput } from '../../../domain/meeting-input';
import type { MeetingRecord } from '../../../domain/records';
import { nowIso } from '../../../lib/record-ids';
import { useRecords } from '../../../stores/records';
import { FormActions } from '../../../components/form-actions';
import { useRecordForm } from '../../../hooks/use-record-form';

/** A meeting's title, participants and notes can change; its date and snapshot never do. */
export function MeetingEditForm({ meeting, onDone }: { meeting: MeetingRecord; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useRecords((s) => s.update);
  const form = useRecordForm(
    { date: meeting.date, title: meeting.title, participants: meeting.participants, notes: meeting.notes },
    (f) => validateMeetingInput({ ...f, date: meeting.date }, meeting.date),
    async ({ title, participants, notes }) => {
      const saved = await update({ ...meeting, title, participants, notes, updatedAt: nowIso() });
      if (saved.ok) onDone();
      return saved;
    },
    {},
    'meetings',
  );
  const { fields, set, errors } = form;
  return (
    <form className="record-form" onSubmit={form.submit} noValidate aria-label={t('meetings.edit.title', { title: meeting.title })}>
      <p className="muted">{t('meetings.edit.snapshotKept')}</p>
      <FormField label={t('meetings.fields.title')} error={errors.title}>
        <input type="text" value={fields.title} onChange={set('title')} />
      </FormField>
      <FormField label={t('meetings.fields.participants')} hint={t('meetings.fields.participantsHint')} error={errors.participants}>
        <input type="text" value={fields.participants} onChange={set('participants')} />
      </FormField>
      <FormField label={t('meetings.fields.notes')} error={errors.notes}>
        <textarea value={fields.notes} onChange={set('notes')} rows={3} />
      </FormField>
      <FormActions submitLabel={t('meetings.edit.save')} onCancel={onDone} saveError={form.saveError} saving={form.saving} />
    </form>
  );
}
