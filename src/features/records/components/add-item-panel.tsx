import { useState } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { USER_ID_PREFIX, type UserRecord } from '../../../domain/records';
import type { Dataset } from '../../../domain/types';
import { newRecordId, nowIso } from '../../../lib/record-ids';
import { useRecords } from '../../../stores/records';
import { AddCommitmentForm, AddEventForm, AddResolutionForm, AddTargetForm } from './add-item-forms';

const KINDS = ['resolution', 'commitment', 'target', 'event'] as const;
type Kind = (typeof KINDS)[number];

/** Items of the user's own: they show, filter and chart like shipped ones, marked as added by the user. */
export function AddItemPanel({ data }: { data: Dataset }) {
  const { t } = useTranslation();
  const add = useRecords((s) => s.add);
  const [kind, setKind] = useState<Kind>('resolution');
  const [added, setAdded] = useState<string | null>(null);
  const save = async (fields: Record<string, unknown>, title: string) => {
    const now = nowIso();
    const saved = await add({ ...fields, kind, id: newRecordId(`${USER_ID_PREFIX}${kind.slice(0, 3)}`), createdAt: now, updatedAt: now } as UserRecord);
    setAdded(saved.ok ? title : null);
    return saved;
  };
  const eventKindSave = ({ eventKind, ...rest }: { eventKind: string; title: string } & Record<string, unknown>) =>
    save({ eventKind, ...rest }, rest.title);
  return (
    <section className="panel" aria-labelledby="add-title">
      <h2 id="add-title">{t('records.add.title')}</h2>
      <label className="filter-field">
        {t('records.add.kind')}
        <select value={kind} onChange={(e) => { setKind(e.target.value as Kind); setAdded(null); }}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`records.add.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {kind === 'resolution' && <AddResolutionForm onAdd={(v) => save(v, v.title)} />}
      {kind === 'commitment' && <AddCommitmentForm data={data} onAdd={(v) => save(v, v.text)} />}
      {kind === 'target' && <AddTargetForm data={data} onAdd={(v) => save(v, v.label)} />}
      {kind === 'event' && <AddEventForm data={data} onAdd={eventKindSave} />}
      <p role="status">{added && t('records.add.added', { title: added })}</p>
    </section>
  );
}
