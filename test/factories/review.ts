/**
 * Meetings held on the shipped dataset, for the tests of what the app shows after a review
 * meeting (the overview's panel, the slides, the report).
 */
import shipped from '../../public/data/dataset.json';
import { mergeRecords } from '../../src/domain/merge-records';
import { parseDataset } from '../../src/domain/parse-dataset';
import type { MeetingRecord, UserRecord } from '../../src/domain/records';
import { takeSnapshot } from '../../src/domain/snapshot';
import { assessment, decisionRecord, meetingRecord } from './snapshot';

const data = parseDataset(shipped);

/** A meeting held on `date` over the shipped dataset with `records` as they stood then. */
export const heldOnShipped = (id: string, date: string, title: string, records: UserRecord[]): MeetingRecord =>
  meetingRecord(id, date, { title, snapshot: takeSnapshot(mergeRecords(data, records), date) as MeetingRecord['snapshot'] });

/** Task 1 of Resolution 292 assessed on track after the first meeting. */
export const assessedAfter = assessment('asm-1', { commitmentId: 'r292-t1', status: 'on_track', date: '2026-11-10', justification: 'The decree was signed.' });

/** A decision of meeting u-m1, due 30 November 2026. */
export const decidedAt = (meetingId = 'u-m1') =>
  decisionRecord('u-d1', meetingId, { text: 'Send the decree to the provinces', owner: 'Legal Department', dueOn: '2026-11-30', commitmentIds: ['r292-t1'] });
