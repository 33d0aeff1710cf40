import { useId } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { FormField } from '../../../components/form-field';
import { validateDecisionInput } from '../../../domain/meeting-input';
import { USER_ID_PREFIX, type MeetingRecord } from '../../../domain/records';
import type { Commitment } from '../../../domain/types';
import { useFormat } from '../../../hooks/use-format';
import { newRecordId, nowIso } from '../../../lib/record-ids';
import { useRecords } from '../../../stores/records';
import { FormActions } from '../../../components/form-actions';
import { useRecordForm } from '../../../hooks/use-record-form';

type Fields = { text: string; owner: string; dueOn: string; commitmentIds: string[] };
const empty: Fields = { text: '', owner: '', dueOn: '', commitmentIds: [] };

/** What a meeting decided: who (a unit or a person) is to do it by when, and what it is about. */
export function DecisionForm({ meeting, commitments, owners }: {
  meeting: MeetingRecord;
  commitments: readonly Commitment[];
  /** Owners named before, offered as suggestions. */
  owners: readonly string[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const add = useRecords((s) => s.add);
  const ownersId = useId();
  const known = new Set(commitments.map((c) => c.id));
  const form = useRecordForm(
    empty,
    (f: Fields) => validateDecisionInput(f, { known, meetingDate: meeting.date }),
    (value) => {
      const now = nowIso();
      return add({ ...value, kind: 'decision', meetingId: meeting.id, done: null, id: newRecordId(`${USER_ID_PREFIX}decision`), createdAt: now, updatedAt: now });
    },
    {},
    'meetings',
  );
  const { fields, set, setFields, errors } = form;
  return (
    <form className="record-form" onSubmit={form.submit} noValidate aria-label={t('meetings.decision.addTo', { title: meeting.title })}>
      <FormField label={t('meetings.decision.text')} error={errors.text}>
        <textarea value={fields.text} onChange={set('text')} rows={2} />
      </FormField>
      <div className="form-row">
        <FormField label={t('meetings.decision.owner')} hint={t('meetings.decision.ownerHint')} error={errors.owner}>
          <input type="text" value={fields.owner} onChange={set('owner')} list={ownersId} />
        </FormField>
        <FormField label={t('meetings.decision.dueOn')} error={errors.dueOn}>
          <input type="date" value={fields.dueOn} onChange={set('dueOn')} min={meeting.date} />
        </FormField>
      </div>
      <datalist id={ownersId}>
        {owners.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      <FormField label={t('meetings.decision.commitments')} hint={t('meetings.decision.commitmentsHint')} error={errors.commitmentIds}>
        <select
          multiple
          size={Math.min(6, Math.max(2, commitments.length))}
          value={fields.commitmentIds}
          onChange={(e) => {
            const chosen = [...e.target.selectedOptions].map((o) => o.value);
            setFields((f) => ({ ...f, commitmentIds: chosen }));
          }}
        >
          {commitments.map((c) => (
            <option key={c.id} value={c.id}>
              {format.text(c.text)}
            </option>
          ))}
        </select>
      </FormField>
      <FormActions submitLabel={t('meetings.decision.submit')} saveError={form.saveError} saving={form.saving} />
    </form>
  );
}
