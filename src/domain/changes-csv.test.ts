import { describe, expect, it } from 'vitest';
import { assessment, decision, snapshotOf } from '../../test/factories/snapshot';
import { changesCsv } from './changes-csv';
import { compareSnapshots } from './snapshot-diff';

describe('changesCsv', () => {
  it('writes one row a change with a BOM, CRLF and RFC 4180 quoting, and defuses formulas', () => {
    const before = snapshotOf('2026-03-01');
    const after = snapshotOf(
      '2026-04-01',
      [assessment('a1', { justification: 'Draft "v2", sent', updatedAt: '2026-03-02T00:00:00Z' })],
      [decision('u-d1', { text: '=SUM(A1)', owner: 'Ministry', dueOn: '2026-05-01' })],
    );
    const csv = changesCsv(compareSnapshots(before, after), (c) => (c.kind === 'decision-added' ? c.decision.text : 'Task one'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toEqual([
      'change,subject_id,subject,from,to,date,by,detail',
      'status,t1,Task one,not_assessed,in_progress,2026-03-01,,"Draft ""v2"", sent"',
      "decision-added,u-d1,'=SUM(A1),,,2026-05-01,Ministry,",
      '',
    ]);
  });

  it('is just the header with no changes', () => {
    expect(changesCsv([], () => '')).toBe('\uFEFFchange,subject_id,subject,from,to,date,by,detail\r\n');
  });
});
