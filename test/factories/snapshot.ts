/**
 * Builders for the meeting snapshot tests: a small dataset, assessments, decisions, and a
 * snapshot of them taken the way the app takes one (merge the records, then snapshot).
 */
import { mergeRecords } from '../../src/domain/merge-records';
import type { AssessmentRecord, AssignmentRecord, DecisionRecord, MeetingRecord, UserRecord } from '../../src/domain/records';
import { takeSnapshot, type Decision, type Snapshot } from '../../src/domain/snapshot';
import type { Dataset } from '../../src/domain/types';
import { commitment, dataset, event, milestone, target } from './dataset';

/** r1 with task t1 (due 2026) and its measure m1 (plan horizon 2030); target tg1 (50 by 2026, 100 by 2030); event e1. */
export const meetingDataset = (over: Partial<Dataset> = {}): Dataset =>
  dataset({
    commitments: [commitment('t1', { dueYear: 2026 }), commitment('m1', { parentId: 't1', order: 0, horizonYear: 2030 })],
    targets: [target('tg1', [milestone(2026, 50), milestone(2030, 100)])],
    events: [event('e1')],
    ...over,
  });

export const assessment = (id: string, over: Partial<AssessmentRecord> = {}): AssessmentRecord => ({
  id,
  createdAt: '2026-03-01T08:00:00Z',
  updatedAt: '2026-03-01T08:00:00Z',
  kind: 'assessment',
  commitmentId: 't1',
  status: 'in_progress',
  date: '2026-03-01',
  justification: 'The draft decree is with the Government Office.',
  ...over,
});

export const decision = (id: string, over: Partial<Decision> = {}): Decision => ({
  id,
  meetingId: 'meeting-1',
  text: `Decision ${id}`,
  owner: 'Department of Administrative Reform',
  dueOn: '2026-06-30',
  commitmentIds: ['t1'],
  done: null,
  ...over,
});

/** The snapshot the app would take on `date` of `data` with `records` and `decisions`. */
export const snapshotOf = (date: string, records: UserRecord[] = [], decisions: Decision[] = [], data: Dataset = meetingDataset()): Snapshot =>
  takeSnapshot(mergeRecords(data, records), date, decisions);

/** A meeting record held on `date`, its snapshot taken of `records` as the app would. */
export const meetingRecord = (id: string, date: string, over: Partial<MeetingRecord> = {}, records: UserRecord[] = []): MeetingRecord => ({
  id,
  createdAt: `${date}T09:00:00Z`,
  updatedAt: `${date}T09:00:00Z`,
  kind: 'meeting',
  date,
  title: `Review meeting ${date}`,
  participants: 'Department of Planning; Department of Foreign Affairs',
  notes: '',
  snapshot: snapshotOf(date, records) as MeetingRecord['snapshot'],
  ...over,
});

export const decisionRecord = (id: string, meetingId: string, over: Partial<DecisionRecord> = {}): DecisionRecord => ({
  id,
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-01T10:00:00Z',
  kind: 'decision',
  meetingId,
  text: `Decision ${id}`,
  owner: 'Department of Administrative Reform',
  dueOn: '2026-06-30',
  commitmentIds: ['t1'],
  done: null,
  ...over,
});

export const assignmentRecord = (id: string, commitmentId: string, over: Partial<AssignmentRecord> = {}): AssignmentRecord => ({
  id,
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-01T10:00:00Z',
  kind: 'assignment',
  commitmentId,
  lead: 'Ministry of Foreign Affairs',
  coLeads: [],
  dueOn: null,
  ...over,
});
