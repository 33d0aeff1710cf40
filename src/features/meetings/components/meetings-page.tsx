import { useMemo } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { carriedForward } from '../../../domain/decisions';
import type { MergedRecords } from '../../../domain/merge-records';
import { MeetingCard, type MeetingContext } from './meeting-card';
import { HoldMeetingForm } from './hold-meeting-form';
import '../meetings.css';

/** Review meetings: hold one (a snapshot of where things stand), then record what it decided. */
export function MeetingsPage({ merged, today, canWrite }: { merged: MergedRecords; today: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const { meetings, decisions, data, assignments } = merged;
  const context = useMemo((): MeetingContext => {
    const owners = new Set([...decisions.map((d) => d.owner), ...[...assignments.values()].flatMap((a) => [a.lead, ...a.coLeads])]);
    return {
      commitments: data.commitments,
      commitmentsById: new Map(data.commitments.map((c) => [c.id, c])),
      owners: [...owners].filter(Boolean).sort(),
      meetingsById: new Map(meetings.map((m) => [m.id, m])),
      today,
      canWrite,
    };
  }, [data, decisions, assignments, meetings, today, canWrite]);
  // Newest first: the meeting people come for is the latest.
  const newestFirst = [...meetings].reverse();
  return (
    <>
      <header className="page-head">
        <h1>{t('meetings.title')}</h1>
        <p className="muted">{t('meetings.intro')}</p>
      </header>
      {canWrite && <HoldMeetingForm merged={merged} today={today} />}
      {newestFirst.length === 0 && <p className="empty">{t('meetings.none')}</p>}
      {newestFirst.map((m) => (
        <MeetingCard
          key={m.id}
          meeting={m}
          carried={carriedForward(decisions, meetings, m)}
          decisions={decisions.filter((d) => d.meetingId === m.id)}
          context={context}
        />
      ))}
    </>
  );
}
