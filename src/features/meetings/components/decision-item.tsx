import { useState } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { AppLink } from '../../../components/app-link';
import { DecisionStateBadge } from '../../../components/decision-state-badge';
import { decisionState } from '../../../domain/decisions';
import type { DecisionRecord, MeetingRecord } from '../../../domain/records';
import type { Commitment } from '../../../domain/types';
import { paths } from '../../../config/paths';
import { useFormat } from '../../../hooks/use-format';
import { useRecords } from '../../../stores/records';
import { DoneForm } from './done-form';

/** One decision: what, who, by when, whether it is open, overdue or done, and what it concerns. */
export function DecisionItem({ decision, takenAt, meetingDate, commitments, today, canWrite }: {
  decision: DecisionRecord;
  /** The earlier meeting that took it, when it is carried forward to this one. */
  takenAt: MeetingRecord | null;
  /** The day of the meeting that took it: it cannot be done before. */
  meetingDate: string;
  commitments: ReadonlyMap<string, Commitment>;
  today: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const remove = useRecords((s) => s.remove);
  const [marking, setMarking] = useState(false);
  const state = decisionState(decision, today);
  const linked = decision.commitmentIds.flatMap((id) => {
    const c = commitments.get(id);
    return c ? [c] : [];
  });
  return (
    <li className={`decision decision-is-${state}`}>
      <p className="decision-text">
        <DecisionStateBadge state={state} /> {decision.text}
      </p>
      <p className="muted">
        {takenAt && `${t('meetings.decision.takenAt', { title: takenAt.title, date: format.date(takenAt.date) })} · `}
        {t('meetings.decision.ownerDue', { owner: decision.owner, date: format.date(decision.dueOn) })}
        {decision.done && ` — ${t('meetings.decision.doneOn', { date: format.date(decision.done.on) })}${decision.done.note ? `: ${decision.done.note}` : ''}`}
      </p>
      {linked.length > 0 && (
        <p className="decision-linked">
          {t('meetings.decision.linked')}{' '}
          {linked.map((c, i) => (
            <span key={c.id}>
              {i > 0 && '; '}
              <AppLink to={paths.commitment(c.id)}>{format.text(c.text)}</AppLink>
            </span>
          ))}
        </p>
      )}
      {canWrite && !marking && (
        <div className="row-actions">
          {state !== 'done' && (
            <button type="button" onClick={() => setMarking(true)} aria-label={t('meetings.done.markLabel', { text: decision.text })}>
              {t('meetings.done.mark')}
            </button>
          )}
          <button type="button" onClick={() => void remove(decision.id)} aria-label={t('meetings.decision.deleteLabel', { text: decision.text })}>
            {t('meetings.delete')}
          </button>
        </div>
      )}
      {marking && <DoneForm decision={decision} meetingDate={meetingDate} today={today} onDone={() => setMarking(false)} />}
    </li>
  );
}
