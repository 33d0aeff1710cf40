import { groupByMeeting } from './meetings';
import { commitment, event } from '../../test/factories/dataset';

describe('groupByMeeting', () => {
  const meetingCommitment = (id: string, eventId: string, order: number, kind: 'request' | 'pledge' = 'request') =>
    commitment(id, { resolutionId: null, kind, eventId, order });

  it('groups requests and pledges by meeting, latest meeting first, in the source’s order', () => {
    const groups = groupByMeeting(
      [meetingCommitment('b2', 'b', 2, 'pledge'), commitment('t1'), meetingCommitment('a1', 'a', 1), meetingCommitment('b1', 'b', 1)],
      [event('a', { date: '2024-11-28' }), event('b', { date: '2025-07-18' }), event('c', { date: '2026' })],
    );
    expect(groups.map((g) => [g.meeting.id, g.commitments.map((c) => c.id)])).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1']],
    ]);
  });

  it('leaves out a request whose meeting it does not know', () => {
    expect(groupByMeeting([meetingCommitment('a1', 'a', 1)], [])).toEqual([]);
  });
});
