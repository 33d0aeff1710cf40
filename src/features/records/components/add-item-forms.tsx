import { useTranslation } from '../../../hooks/use-translation';
import { FormField } from '../../../components/form-field';
import {
  validateCommitmentInput,
  validateEventInput,
  validateResolutionInput,
  validateTargetInput,
  type CommitmentFields,
  type EventFields,
  type ResolutionFields,
  type TargetFields,
} from '../../../domain/record-validation';
import { EVENT_KINDS } from '../../../domain/vocabulary';
import type { Dataset } from '../../../domain/types';
import { useFormat } from '../../../hooks/use-format';
import { FormActions } from '../../../components/form-actions';
import { SourceFields } from './source-fields';
import { useRecordForm } from '../../../hooks/use-record-form';
import type { WriteResult } from '../../../stores/records';

const source = { sourceText: '', sourceUrl: '' };

function Submit({ form }: { form: { saveError: string | null; saving: boolean } }) {
  const { t } = useTranslation();
  return <FormActions submitLabel={t('records.add.submit')} saveError={form.saveError} saving={form.saving} />;
}

export function AddResolutionForm({ onAdd }: { onAdd: (v: ResolutionFields) => Promise<WriteResult> }) {
  const { t } = useTranslation();
  const form = useRecordForm({ code: '', issuer: '', title: '', ...source }, validateResolutionInput, onAdd);
  return (
    <form className="record-form" onSubmit={form.submit} noValidate aria-label={t('records.add.resolution')}>
      <div className="form-row">
        <FormField label={t('records.add.code')} error={form.errors.code}>
          <input value={form.fields.code} onChange={form.set('code')} />
        </FormField>
        <FormField label={t('records.add.issuer')} error={form.errors.issuer}>
          <input value={form.fields.issuer} onChange={form.set('issuer')} />
        </FormField>
      </div>
      <FormField label={t('records.add.titleField')} error={form.errors.title}>
        <input value={form.fields.title} onChange={form.set('title')} />
      </FormField>
      <SourceFields form={form} />
      <Submit form={form} />
    </form>
  );
}

function ResolutionSelect({ data, value, onChange, error }: { data: Dataset; value: string; onChange: (e: { target: { value: string } }) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <FormField label={t('records.add.resolutionField')} error={error}>
      <select value={value} onChange={onChange}>
        <option value="">{t('records.choose')}</option>
        {data.resolutions.map((r) => (
          <option key={r.id} value={r.id}>
            {t('resolution.short', { code: r.code })}
          </option>
        ))}
      </select>
    </FormField>
  );
}

export function AddCommitmentForm({ data, onAdd }: { data: Dataset; onAdd: (v: CommitmentFields) => Promise<WriteResult> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const form = useRecordForm({ resolutionId: '', parentId: '', text: '', dueYear: '', ...source }, validateCommitmentInput, onAdd);
  const tasks = data.commitments.filter((c) => c.kind === 'task' && c.resolutionId === form.fields.resolutionId);
  return (
    <form className="record-form" onSubmit={form.submit} noValidate aria-label={t('records.add.commitment')}>
      <div className="form-row">
        <ResolutionSelect data={data} value={form.fields.resolutionId} onChange={form.set('resolutionId')} error={form.errors.resolutionId} />
        <FormField label={t('records.add.parent')} error={form.errors.parentId}>
          <select value={form.fields.parentId} onChange={form.set('parentId')}>
            <option value="">{t('records.add.noParent')}</option>
            {tasks.map((c) => (
              <option key={c.id} value={c.id}>
                {t('kind.task', { n: c.order })}: {format.text(c.text).slice(0, 60)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('records.add.dueYear')} error={form.errors.dueYear}>
          <input inputMode="numeric" value={form.fields.dueYear} onChange={form.set('dueYear')} />
        </FormField>
      </div>
      <FormField label={t('records.add.text')} error={form.errors.text}>
        <textarea rows={2} value={form.fields.text} onChange={form.set('text')} />
      </FormField>
      <SourceFields form={form} />
      <Submit form={form} />
    </form>
  );
}

export function AddTargetForm({ data, onAdd }: { data: Dataset; onAdd: (v: TargetFields) => Promise<WriteResult> }) {
  const { t } = useTranslation();
  const form = useRecordForm(
    { resolutionId: '', label: '', unit: '', y1: '', v1: '', a1: 'false', y2: '', v2: '', a2: 'false', ...source },
    (f) =>
      validateTargetInput({
        ...f,
        milestones: [
          { year: f.y1, value: f.v1, approximate: f.a1 === 'true' },
          { year: f.y2, value: f.v2, approximate: f.a2 === 'true' },
        ],
      }),
    onAdd,
  );
  const milestone = (n: 1 | 2) => (
    <div className="form-row">
      <FormField label={t('records.add.milestoneYear')} error={form.errors[`milestones.${n - 1}.year`]}>
        <input inputMode="numeric" value={form.fields[`y${n}`]} onChange={form.set(`y${n}`)} />
      </FormField>
      <FormField label={t('records.add.milestoneValue')} error={form.errors[`milestones.${n - 1}.value`]}>
        <input inputMode="decimal" value={form.fields[`v${n}`]} onChange={form.set(`v${n}`)} />
      </FormField>
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={form.fields[`a${n}`] === 'true'}
          onChange={(e) => form.setFields((f) => ({ ...f, [`a${n}`]: String(e.target.checked) }))}
        />
        {t('records.add.approximate')}
      </label>
    </div>
  );
  return (
    <form className="record-form" onSubmit={form.submit} noValidate aria-label={t('records.add.target')}>
      <div className="form-row">
        <ResolutionSelect data={data} value={form.fields.resolutionId} onChange={form.set('resolutionId')} error={form.errors.resolutionId} />
        <FormField label={t('records.add.label')} error={form.errors.label}>
          <input value={form.fields.label} onChange={form.set('label')} />
        </FormField>
        <FormField label={t('records.add.unit')} error={form.errors.unit}>
          <input value={form.fields.unit} onChange={form.set('unit')} />
        </FormField>
      </div>
      {form.errors.milestones && <p className="field-error">{form.errors.milestones}</p>}
      {milestone(1)}
      <fieldset>
        <legend>{t('records.add.secondMilestone')}</legend>
        {milestone(2)}
      </fieldset>
      <SourceFields form={form} />
      <Submit form={form} />
    </form>
  );
}

export function AddEventForm({ data, onAdd }: { data: Dataset; onAdd: (v: EventFields) => Promise<WriteResult> }) {
  const { t } = useTranslation();
  const form = useRecordForm(
    { eventKind: '', date: '', endDate: '', resolutionIds: [] as string[], title: '', ...source },
    validateEventInput,
    onAdd,
  );
  const toggle = (id: string) =>
    form.setFields((f) => ({
      ...f,
      resolutionIds: f.resolutionIds.includes(id) ? f.resolutionIds.filter((r) => r !== id) : [...f.resolutionIds, id],
    }));
  return (
    <form className="record-form" onSubmit={form.submit} noValidate aria-label={t('records.add.event')}>
      <div className="form-row">
        <FormField label={t('records.add.eventKind')} error={form.errors.eventKind}>
          <select value={form.fields.eventKind} onChange={form.set('eventKind')}>
            <option value="">{t('records.choose')}</option>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`eventKind.${k}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('records.add.date')} error={form.errors.date}>
          <input type="date" value={form.fields.date} onChange={form.set('date')} />
        </FormField>
        <FormField label={t('records.add.endDate')} error={form.errors.endDate}>
          <input type="date" value={form.fields.endDate} onChange={form.set('endDate')} />
        </FormField>
      </div>
      <FormField label={t('records.add.titleField')} error={form.errors.title}>
        <input value={form.fields.title} onChange={form.set('title')} />
      </FormField>
      <fieldset className="chips">
        <legend>{t('records.add.resolutions')}</legend>
        {data.resolutions.map((r) => (
          <label key={r.id} className="chip">
            <input type="checkbox" checked={form.fields.resolutionIds.includes(r.id)} onChange={() => toggle(r.id)} />
            {t('resolution.short', { code: r.code })}
          </label>
        ))}
      </fieldset>
      <SourceFields form={form} />
      <Submit form={form} />
    </form>
  );
}
