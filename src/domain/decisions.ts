/**
 * Decisions taken at meetings, as the meeting views read them: who is to do what by when, and
 * whether it is open, overdue or done on a given day. Plain functions of records and a day.
 */
import type { DecisionRecord, MeetingRecord } from './records';
import type { Decision } from './snapshot';

/** The decision as a snapshot keeps it: the record without its time stamps. */
export function toDecision(r: DecisionRecord): Decision {
  return { id: r.id, meetingId: r.meetingId, text: r.text, owner: r.owner, dueOn: r.dueOn, commitmentIds: [...r.commitmentIds], done: r.done ? { ...r.done } : null };
}

export type DecisionState = 'open' | 'overdue' | 'done';

/** On `today` (YYYY-MM-DD, the user's calendar day): done, overdue from the day after its due day, or open. */
export function decisionState(d: Pick<Decision, 'dueOn' | 'done'>, today: string): DecisionState {
  if (d.done !== null) return 'done';
  return d.dueOn < today ? 'overdue' : 'open';
}

/** Meetings in the order they were held: by date, then by when they were recorded. */
const heldBefore = (a: MeetingRecord, b: MeetingRecord) =>
  a.date < b.date || (a.date === b.date && (a.createdAt < b.createdAt || (a.createdAt === b.createdAt && a.id < b.id)));

/**
 * What a meeting inherits: the decisions of earlier meetings still open when it was held (done
 * after its date, or not yet), most urgent first. With no meeting, every open decision.
 */
export function carriedForward(decisions: readonly DecisionRecord[], meetings: readonly MeetingRecord[], meeting: MeetingRecord | null): DecisionRecord[] {
  const byId = new Map(meetings.map((m) => [m.id, m]));
  return decisions
    .filter((d) => {
      const from = byId.get(d.meetingId);
      if (!from) return false;
      if (meeting === null) return d.done === null;
      return heldBefore(from, meeting) && (d.done === null || d.done.on >= meeting.date);
    })
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.createdAt.localeCompare(b.createdAt));
}

/** Open decisions, overdue first then by due day: the "open actions" list. */
export function openActions(decisions: readonly DecisionRecord[], today: string): { decision: DecisionRecord; state: DecisionState }[] {
  return decisions
    .filter((d) => d.done === null)
    .map((decision) => ({ decision, state: decisionState(decision, today) }))
    .sort((a, b) => Number(b.state === 'overdue') - Number(a.state === 'overdue') || a.decision.dueOn.localeCompare(b.decision.dueOn));
}
