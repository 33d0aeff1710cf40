import { useState } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import type { Commitment } from '../../../domain/types';
import type { DecisionRecord, MeetingRecord } from '../../../domain/records';
import { useFormat } from '../../../hooks/use-format';
import { useRecords } from '../../../stores/records';
import { DecisionForm } from './decision-form';
import { DecisionItem } from './decision-item';
import { MeetingEditForm } from './meeting-edit-form';

export interface MeetingContext {
  commitments: readonly Commitment[];
  commitmentsById: ReadonlyMap<string, Commitment>;
  owners: readonly string[];
  /** Every meeting by id: a carried decision names the meeting that took it. */
  meetingsById: ReadonlyMap<string, MeetingRecord>;
  today: string;
  canWrite: boolean;
}

/** A meeting held: when, who, its notes, what it carried forward from earlier ones and what it decided. */
export function MeetingCard({ meeting, carried, decisions, context }: {
  meeting: MeetingRecord;
  carried: readonly DecisionRecord[];
  decisions: readonly DecisionRecord[];
  context: MeetingContext;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const remove = useRecords((s) => s.remove);
  const [editing, setEditing] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const headingId = `meeting-${meeting.id}`;
  const item = (d: DecisionRecord) => (
    <DecisionItem
      key={d.id}
      decision={d}
      takenAt={d.meetingId === meeting.id ? null : (context.meetingsById.get(d.meetingId) ?? null)}
      meetingDate={context.meetingsById.get(d.meetingId)?.date ?? meeting.date}
      commitments={context.commitmentsById}
      today={context.today}
      canWrite={context.canWrite}
    />
  );
  // A meeting's decisions would be lost with it (and undo brings back one record): they go first.
  const deleteMeeting = () => (decisions.length > 0 ? setBlocked(true) : void remove(meeting.id));
  return (
    <article className="panel meeting" aria-labelledby={headingId}>
      <h2 id={headingId}>{meeting.title}</h2>
      <p className="muted">{t('meetings.heldOn', { date: format.date(meeting.date) })}</p>
      {editing ? (
        <MeetingEditForm meeting={meeting} onDone={() => setEditing(false)} />
      ) : (
        <>
          {meeting.participants && <p>{t('meetings.participantsLine', { names: meeting.participants })}</p>}
          {meeting.notes && <p className="meeting-notes">{meeting.notes}</p>}
          {context.canWrite && (
            <div className="row-actions">
              <button type="button" onClick={() => setEditing(true)} aria-label={t('meetings.edit.label', { title: meeting.title })}>
                {t('meetings.edit.button')}
              </button>
              <button type="button" onClick={deleteMeeting} aria-label={t('meetings.deleteLabel', { title: meeting.title })}>
                {t('meetings.delete')}
              </button>
            </div>
          )}
          {blocked && decisions.length > 0 && (
            <p role="alert" className="notice error-notice">
              {t('meetings.deleteDecisionsFirst')}
            </p>
          )}
        </>
      )}
      <h3>{t('meetings.carried')}</h3>
      {carried.length === 0 ? <p className="empty">{t('meetings.noneCarried')}</p> : <ul className="decisions">{carried.map(item)}</ul>}
      <h3>{t('meetings.decisions')}</h3>
      {decisions.length === 0 ? <p className="empty">{t('meetings.noDecisions')}</p> : <ul className="decisions">{decisions.map(item)}</ul>}
      {context.canWrite && (
        <details className="add-decision">
          <summary>{t('meetings.decision.add')}</summary>
          <DecisionForm meeting={meeting} commitments={context.commitments} owners={context.owners} />
        </details>
      )}
    </article>
  );
}
