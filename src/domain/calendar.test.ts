import { describe, expect, it } from 'vitest';
import { commitment, milestone, resolution, target, text } from '../../test/factories/dataset';
import { assignmentRecord, decisionRecord, meetingDataset, meetingRecord } from '../../test/factories/snapshot';
import { calendarEntries, ENGLISH_CALENDAR_WORDS } from './calendar';
import { mergeRecords } from './merge-records';

const data = meetingDataset({
  resolutions: [resolution('r1', '292/NQ-CP')],
  commitments: [
    commitment('t1', { dueYear: 2026, text: text('Review the network of missions') }),
    commitment('t2', { dueYear: 2026, text: text('Train consular staff') }),
    commitment('m1', { parentId: 't1', order: 0, horizonYear: 2030, text: text('Open two missions') }),
  ],
  targets: [target('tg1', [milestone(2030, 115, true)], { label: text('Representative agencies abroad'), unit: text('agencies') })],
});

const meeting = meetingRecord('u-m1', '2026-03-01', { title: 'March review', participants: 'Planning; Consular' });
const records = [
  meeting,
  decisionRecord('u-d1', 'u-m1', { text: 'Send the draft; then, report', owner: 'Consular Department', dueOn: '2026-04-15' }),
  decisionRecord('u-d2', 'u-m1', { dueOn: '2026-04-01', done: { on: '2026-03-20', note: 'done' } }),
  assignmentRecord('u-a1', 't2', { dueOn: '2026-09-30' }),
];
const entries = calendarEntries(mergeRecords(data, records), 'en', ENGLISH_CALENDAR_WORDS);

describe('calendarEntries', () => {
  it('holds due years per resolution, the team’s own due dates, milestones, meetings and open decisions, soonest first', () => {
    expect(entries.map((e) => [e.day, e.kind, e.title])).toEqual([
      ['2026-03-01', 'meeting', 'Meeting: March review'],
      ['2026-04-15', 'action', 'Action: Send the draft; then, report (Consular Department)'],
      ['2026-09-30', 'deadline', 'Due: Train consular staff'],
      ['2026-12-31', 'deadline', 'Due: 292/NQ-CP — Review the network of missions'],
      ['2030-12-31', 'milestone', 'Target: Representative agencies abroad — about 115 agencies'],
    ]);
  });

  it('never lists a plan horizon, nor a decision already done', () => {
    expect(entries.some((e) => e.title.includes('Open two missions'))).toBe(false);
    expect(entries.some((e) => e.uid === 'action-u-d2')).toBe(false);
  });
});

