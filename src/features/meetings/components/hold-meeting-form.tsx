import { useState } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { FormField } from '../../../components/form-field';
import { toDecision } from '../../../domain/decisions';
import { validateMeetingInput } from '../../../domain/meeting-input';
import type { MergedRecords } from '../../../domain/merge-records';
import { USER_ID_PREFIX, type MeetingRecord } from '../../../domain/records';
import { takeSnapshot } from '../../../domain/snapshot';
import { newRecordId, nowIso } from '../../../lib/record-ids';
import { useRecords } from '../../../stores/records';
import { FormActions } from '../../../components/form-actions';
import { useRecordForm } from '../../../hooks/use-record-form';

/**
 * Holding a meeting keeps a snapshot of the tracker as it stands now (statuses, figures, items
 * and decisions), the "before" of the next "what changed".
 */
export function HoldMeetingForm({ merged, today }: { merged: MergedRecords; today: string }) {
  const { t } = useTranslation();
  const add = useRecords((s) => s.add);
  const [held, setHeld] = useState<string | null>(null);
  const form = useRecordForm(
    { date: today, title: '', participants: '', notes: '' },
    (f) => validateMeetingInput(f, today),
    async (value) => {
      const now = nowIso();
      // Frozen and read-only; the record's type is the schema's, which spells no readonly.
      const snapshot = takeSnapshot(merged, value.date, merged.decisions.map(toDecision)) as MeetingRecord['snapshot'];
      const saved = await add({ ...value, snapshot, kind: 'meeting', id: newRecordId(`${USER_ID_PREFIX}meeting`), createdAt: now, updatedAt: now });
      setHeld(saved.ok ? value.title : null);
      return saved;
    },
    {},
    'meetings',
  );
  const { fields, set, errors } = form;
  return (
    <section className="panel" aria-labelledby="hold-meeting-title">
      <h2 id="hold-meeting-title">{t('meetings.hold.title')}</h2>
      <p className="muted">{t('meetings.hold.intro')}</p>
      <form className="record-form" onSubmit={form.submit} noValidate aria-labelledby="hold-meeting-title">
        <div className="form-row">
          <FormField label={t('meetings.fields.date')} error={errors.date}>
            <input type="date" value={fields.date} onChange={set('date')} max={today} />
          </FormField>
          <FormField label={t('meetings.fields.title')} error={errors.title}>
            <input type="text" value={fields.title} onChange={set('title')} />
          </FormField>
        </div>
        <FormField label={t('meetings.fields.participants')} hint={t('meetings.fields.participantsHint')} error={errors.participants}>
          <input type="text" value={fields.participants} onChange={set('participants')} />
        </FormField>
        <FormField label={t('meetings.fields.notes')} error={errors.notes}>
          <textarea value={fields.notes} onChange={set('notes')} rows={3} />
        </FormField>
        <FormActions submitLabel={t('meetings.hold.submit')} saveError={form.saveError} saving={form.saving} />
      </form>
      <p role="status">{held && t('meetings.hold.held', { title: held })}</p>
    </section>
  );
}
