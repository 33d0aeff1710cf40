import { commitment, figureRecord } from '../../test/factories/dataset';
import { assessment, decision, meetingDataset, snapshotOf } from '../../test/factories/snapshot';
import { mergeRecords } from './merge-records';
import { assessPace } from './pace';
import type { AssessmentRecord } from './records';
import { takeSnapshot } from './snapshot';

describe('takeSnapshot', () => {
  it("holds each commitment's status with the latest assessment's day and justification", () => {
    const snapshot = snapshotOf('2026-04-01', [
      assessment('a1', { status: 'in_progress', date: '2026-02-01', justification: 'Started' }),
      assessment('a2', { status: 'at_risk', date: '2026-03-15', justification: 'The decree is late' }),
    ]);
    expect(snapshot.commitments).toEqual([
      { id: 'm1', status: 'not_assessed', assessment: null },
      { id: 't1', status: 'at_risk', assessment: { by: null, on: '2026-03-15', justification: 'The decree is late' } },
    ]);
  });

  it("names who assessed when the team workspace says so (the record's last editor)", () => {
    const fromServer = { ...assessment('a1'), version: 2, createdBy: 'lan@example.vn', updatedBy: 'minh@example.vn' } as AssessmentRecord;
    const snapshot = snapshotOf('2026-04-01', [fromServer]);
    expect(snapshot.commitments.find((c) => c.id === 't1')?.assessment?.by).toBe('minh@example.vn');
  });

  it("holds each target's latest figure with the pace and verdict the overview draws from the same figures", () => {
    const records = [
      figureRecord('f1', { value: 20, asOf: '2025-01-01', source: { text: 'Ministry report' } }),
      figureRecord('f2', { value: 30, asOf: '2025-07-01', source: { text: 'Quarterly review' } }),
    ];
    const snapshot = snapshotOf('2026-04-01', records);
    const merged = mergeRecords(meetingDataset(), records);
    const pace = assessPace(merged.data.targets[0]!, merged.figures, '2026-04-01');
    expect(snapshot.figures).toEqual([
      {
        targetId: 'tg1',
        latest: { value: 30, asOf: '2025-07-01', source: 'Quarterly review' },
        paceSoFar: pace.paceSoFar,
        paceNeeded: pace.paceNeeded,
        verdict: pace.verdict,
      },
    ]);
    expect(snapshot.figures[0]!.verdict).toBe('behind');
  });

  it('says a target without a figure has no data, never an invented baseline', () => {
    expect(snapshotOf('2026-04-01').figures).toEqual([{ targetId: 'tg1', latest: null, paceSoFar: null, paceNeeded: null, verdict: 'no_data' }]);
  });

  it("lists every item, the user's too, with its deadlines; a status change leaves the item's fingerprint alone", () => {
    const userTask = {
      id: 'u-task',
      kind: 'commitment' as const,
      resolutionId: 'r1',
      parentId: null,
      text: 'Publish the procedures online',
      dueYear: 2027,
      source: { text: 'Meeting minutes' },
      createdAt: '2026-01-01T08:00:00Z',
      updatedAt: '2026-01-01T08:00:00Z',
    };
    const before = snapshotOf('2026-04-01', [userTask]);
    expect(before.items.map((i) => [i.id, i.kind, i.deadlines])).toEqual([
      ['e1', 'event', []],
      ['m1', 'commitment', [{ key: 'horizon', year: 2030 }]],
      ['r1', 'resolution', []],
      ['t1', 'commitment', [{ key: 'due', year: 2026 }]],
      ['tg1', 'target', [{ key: 'milestone-2026', year: 2026 }, { key: 'milestone-2030', year: 2030 }]],
      ['u-task', 'commitment', [{ key: 'due', year: 2027 }]],
    ]);
    expect(before.items.find((i) => i.id === 'u-task')?.label.en).toBe('Publish the procedures online');
    const after = snapshotOf('2026-04-01', [userTask, assessment('a1', { status: 'done' })]);
    expect(after.items).toEqual(before.items);
  });

  it('changes the fingerprint when the text an item shows, or who is asked to act, changes', () => {
    const edited = meetingDataset({ commitments: [commitment('t1', { dueYear: 2026, text: { en: 'New', fr: 'Nouveau', vi: 'Mới' } })] });
    const a = snapshotOf('2026-04-01').items.find((i) => i.id === 't1')!;
    const b = snapshotOf('2026-04-01', [], [], edited).items.find((i) => i.id === 't1')!;
    expect(b.fingerprint).not.toBe(a.fingerprint);
    const asked = meetingDataset({ commitments: [commitment('t1', { dueYear: 2026, addressee: { en: 'Provinces', fr: 'Provinces', vi: 'Các tỉnh' } })] });
    expect(snapshotOf('2026-04-01', [], [], asked).items.find((i) => i.id === 't1')!.fingerprint).not.toBe(a.fingerprint);
  });

  it('keeps the decisions it was given, open and done, by id', () => {
    const done = decision('d2', { done: { on: '2026-03-01', note: 'Sent' } });
    expect(snapshotOf('2026-04-01', [], [done, decision('d1')]).decisions.map((d) => d.id)).toEqual(['d1', 'd2']);
  });

  it('is immutable: frozen, and untouched when the records or decisions it came from change later', () => {
    const decisions = [decision('d1')];
    const merged = mergeRecords(meetingDataset(), [assessment('a1')]);
    const snapshot = takeSnapshot(merged, '2026-04-01', decisions);
    decisions[0]!.done = { on: '2026-04-02', note: 'Done' };
    merged.data.commitments[0]!.status = 'done';
    expect(snapshot.decisions[0]!.done).toBeNull();
    expect(snapshot.commitments.find((c) => c.id === 't1')?.status).toBe('in_progress');
    expect(Object.isFrozen(snapshot)).toBe(true);
    expect(Object.isFrozen(snapshot.commitments[0])).toBe(true);
    expect(() => {
      (snapshot.decisions[0] as { text: string }).text = 'changed';
    }).toThrow(TypeError);
  });

  it('survives a JSON round trip unchanged, so it can be stored and exported', () => {
    const snapshot = snapshotOf('2026-04-01', [assessment('a1'), figureRecord('f1')], [decision('d1')]);
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });
});
