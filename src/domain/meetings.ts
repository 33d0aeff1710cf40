import { isFromMeeting } from './commitment-links';
import type { Commitment, PolicyEvent } from './types';

export interface MeetingCommitments {
  meeting: PolicyEvent;
  commitments: Commitment[];
}

/**
 * The requests and pledges among `commitments`, grouped by the meeting that made them, most recent
 * meeting first, each group in the order the source gives them. Pass every event, not the
 * filtered ones: the commitments decide what shows, their meeting only heads them.
 */
export function groupByMeeting(commitments: Commitment[], events: PolicyEvent[]): MeetingCommitments[] {
  const byMeeting = new Map<string, Commitment[]>();
  for (const c of commitments) {
    if (!isFromMeeting(c) || c.eventId === undefined) continue;
    const list = byMeeting.get(c.eventId);
    if (list) list.push(c);
    else byMeeting.set(c.eventId, [c]);
  }
  return events
    .filter((e) => byMeeting.has(e.id))
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((meeting) => ({ meeting, commitments: [...byMeeting.get(meeting.id)!].sort((a, b) => a.order - b.order) }));
}
