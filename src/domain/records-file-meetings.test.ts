import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../test/factories/csv';
import { KNOWN_IDS } from '../../test/factories/record-arbitraries';
import { figureRecord } from '../../test/factories/dataset';
import { assignmentRecord, decisionRecord, meetingRecord } from '../../test/factories/snapshot';
import { RECORDS_SCHEMA_VERSION, type UserRecord } from './records';
import { exportRecordsCsv, exportRecordsJson, previewImport, readRecordsFile } from './records-file';

const NOW = '2026-03-01T12:00:00.000Z';
const known = {
  targetIds: new Set(KNOWN_IDS.targetIds),
  commitmentIds: new Set(KNOWN_IDS.commitmentIds),
  resolutionIds: new Set(KNOWN_IDS.resolutionIds),
};
const read = (text: string) => readRecordsFile(text, text.length, known);
const fileOf = (records: unknown[]) => JSON.stringify({ format: 'policy-targets/records', schemaVersion: RECORDS_SCHEMA_VERSION, records });
const errorOf = (result: ReturnType<typeof read>) => (result.ok ? null : result.error);
const figure = figureRecord;

describe('meetings, decisions and assignments in a records file', () => {
  const meeting = meetingRecord('u-m1', '2026-03-01', {}, [figure('u-f1', { targetId: 'tg1' })]);
  const records: UserRecord[] = [
    meeting,
    decisionRecord('u-d1', 'u-m1', { commitmentIds: ['t1'], done: { on: '2026-04-01', note: 'Sent to the Ministry.' } }),
    assignmentRecord('u-a1', 't1', { lead: 'Ministry of Foreign Affairs', coLeads: ['Localities'], dueOn: '2026-09-30' }),
  ];

  it('round-trips with the snapshot intact, and re-importing the export changes nothing', () => {
    const result = read(exportRecordsJson(records, NOW));
    const byId = (list: UserRecord[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(result.ok ? result.records : [])).toEqual(byId(records));
    const preview = previewImport(records, result.ok ? result.records : []);
    expect([preview.add.length, preview.change.length, preview.unchanged.length]).toEqual([0, 0, 3]);
  });

  it('refuses a decision of a meeting neither the file nor the tracker holds', () => {
    const error = errorOf(read(fileOf([decisionRecord('u-d9', 'u-no-meeting')])));
    expect(error?.details.join(' ')).toContain('u-no-meeting');
    const withKnown = readRecordsFile(fileOf([decisionRecord('u-d9', 'u-m7')]), 1000, { ...known, meetingIds: new Set(['u-m7']) });
    expect(withKnown.ok).toBe(true);
  });

  it('refuses a snapshot that is not one, naming where', () => {
    const broken = { ...meeting, snapshot: { ...meeting.snapshot, commitments: [{ id: 't1', status: 'finished' }] } };
    expect(errorOf(read(fileOf([broken])))?.details.join(' ')).toMatch(/snapshot\.commitments\.0\.status/);
  });

  it('writes a line per meeting, decision and assignment to the CSV', () => {
    const rows = parseCsv(exportRecordsCsv(records).slice(1));
    expect(rows.slice(1).map((r) => [r[1], r[4]])).toEqual([
      ['meeting', 'Department of Planning; Department of Foreign Affairs'],
      ['assignment', 'Ministry of Foreign Affairs'],
      ['decision', 'done 2026-04-01'],
    ]);
  });
});
