import { describe, expect, it } from 'vitest';
import { assignmentRecord, decisionRecord, meetingDataset, meetingRecord } from '../../test/factories/snapshot';
import { carriedForward, decisionState, openActions, toDecision } from './decisions';
import { mergeRecords } from './merge-records';

const first = meetingRecord('u-m1', '2026-03-01');
const second = meetingRecord('u-m2', '2026-04-01');

describe('decisionState', () => {
  it('is open up to its due day, overdue from the day after, done once marked done', () => {
    const d = toDecision(decisionRecord('u-d1', 'u-m1', { dueOn: '2026-06-30' }));
    expect(decisionState(d, '2026-06-30')).toBe('open');
    expect(decisionState(d, '2026-07-01')).toBe('overdue');
    expect(decisionState({ ...d, done: { on: '2026-08-01', note: 'sent' } }, '2026-12-01')).toBe('done');
  });
});

describe('carriedForward', () => {
  const open = decisionRecord('u-d1', 'u-m1', { dueOn: '2026-05-01' });
  const doneBefore = decisionRecord('u-d2', 'u-m1', { done: { on: '2026-03-20', note: 'done' } });
  const doneAfter = decisionRecord('u-d3', 'u-m1', { dueOn: '2026-03-15', done: { on: '2026-04-10', note: 'late' } });
  const own = decisionRecord('u-d4', 'u-m2');

  it("puts on a meeting's agenda the earlier meetings' decisions still open on its date, soonest due first", () => {
    expect(carriedForward([open, doneBefore, doneAfter, own], [first, second], second).map((d) => d.id)).toEqual(['u-d3', 'u-d1']);
  });

  it('carries nothing into the first meeting, and every open decision into the next one', () => {
    expect(carriedForward([open, own], [first, second], first)).toEqual([]);
    expect(carriedForward([open, doneBefore, own], [first, second], null).map((d) => d.id)).toEqual(['u-d1', 'u-d4']);
  });
});

describe('openActions', () => {
  it('lists open decisions, the overdue ones first', () => {
    const late = decisionRecord('u-late', 'u-m1', { dueOn: '2026-04-01' });
    const soon = decisionRecord('u-soon', 'u-m1', { dueOn: '2026-03-10' });
    const done = decisionRecord('u-done', 'u-m1', { done: { on: '2026-03-05', note: '' } });
    expect(openActions([late, soon, done], '2026-03-20').map((a) => [a.decision.id, a.state])).toEqual([
      ['u-soon', 'overdue'],
      ['u-late', 'open'],
    ]);
  });
});

describe('mergeRecords with meetings', () => {
  it('orders meetings by date, keeps decisions of meetings that exist and the latest assignment per commitment', () => {
    const orphan = decisionRecord('u-orphan', 'u-gone');
    const older = assignmentRecord('u-a1', 't1', { lead: 'Old unit' });
    const newer = assignmentRecord('u-a2', 't1', { lead: 'New unit', updatedAt: '2026-03-02T10:00:00Z' });
    const unknown = assignmentRecord('u-a3', 'no-such-commitment');
    const merged = mergeRecords(meetingDataset(), [second, first, decisionRecord('u-d1', 'u-m1'), orphan, older, newer, unknown]);
    expect(merged.meetings.map((m) => m.id)).toEqual(['u-m1', 'u-m2']);
    expect(merged.decisions.map((d) => d.id)).toEqual(['u-d1']);
    expect([...merged.assignments.entries()].map(([id, a]) => [id, a.lead])).toEqual([['t1', 'New unit']]);
    expect(merged.data.commitments.map((c) => c.id)).toEqual(['t1', 'm1']);
  });
});
