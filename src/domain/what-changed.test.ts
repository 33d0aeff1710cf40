import { describe, expect, it } from 'vitest';
import { assessment, decision, meetingDataset, meetingRecord, snapshotOf } from '../../test/factories/snapshot';
import { commitment, text } from '../../test/factories/dataset';
import { changeLabel, changesOf, NOW, pickComparison, subjectLabels } from './what-changed';

const m1 = meetingRecord('u-m1', '2026-03-01');
const m2 = meetingRecord('u-m2', '2026-04-01', {}, [assessment('a1')]);
const m3 = meetingRecord('u-m3', '2026-05-01');

describe('pickComparison', () => {
  it('has nothing to compare before the first meeting', () => {
    expect(pickComparison([])).toBeNull();
  });

  it('compares the only meeting with now', () => {
    const c = pickComparison([m1])!;
    expect([c.from.id, c.to]).toEqual(['u-m1', null]);
    expect(c.toOptions).toEqual([]);
  });

  it('by default compares the meeting before the latest with the latest', () => {
    const c = pickComparison([m1, m2, m3])!;
    expect([c.from.id, c.to?.id]).toEqual(['u-m2', 'u-m3']);
  });

  it('takes the meetings asked for, or now', () => {
    expect(pickComparison([m1, m2, m3], { from: 'u-m1', to: 'u-m2' })!.to?.id).toBe('u-m2');
    expect(pickComparison([m1, m2, m3], { from: 'u-m1', to: NOW })!.to).toBeNull();
    const fromFirst = pickComparison([m1, m2, m3], { from: 'u-m1' })!;
    expect([fromFirst.to?.id, fromFirst.toOptions.map((m) => m.id)]).toEqual(['u-m3', ['u-m2', 'u-m3']]);
  });

  it('falls back when asked for a meeting not held, or a "to" not after "from"', () => {
    expect(pickComparison([m1, m2], { from: 'u-gone' })!.from.id).toBe('u-m1');
    const backwards = pickComparison([m1, m2, m3], { from: 'u-m3', to: 'u-m1' })!;
    expect([backwards.from.id, backwards.to]).toEqual(['u-m3', null]);
  });
});

describe('changesOf', () => {
  it('compares the "from" meeting with the "to" one, or with the state now', () => {
    expect(changesOf(pickComparison([m1, m2])!, snapshotOf('2026-12-02')).map((c) => c.kind)).toEqual(['status']);
    const now = snapshotOf('2026-06-01', [], [decision('u-d1', { dueOn: '2026-05-01' })]);
    expect(changesOf(pickComparison([m2])!, now).map((c) => c.kind)).toEqual(['status', 'decision-added', 'decision-overdue']);
  });
});

describe('subjectLabels and changeLabel', () => {
  it("names a subject by the dataset's text, or by the snapshot's label once it is gone", () => {
    const before = snapshotOf('2026-03-01');
    const data = meetingDataset({ commitments: [commitment('t1', { text: text('Renamed task', 'Tâche renommée', 'Nhiệm vụ') })] });
    const labels = subjectLabels(data, [before]);
    expect(labels.get('t1')?.fr).toBe('Tâche renommée');
    expect(labels.get('m1')).toEqual(before.items.find((i) => i.id === 'm1')!.label);
    const removed = { kind: 'item-removed' as const, item: before.items.find((i) => i.id === 'm1')! };
    expect(changeLabel(removed, labels, 'en')).toBe(before.items.find((i) => i.id === 'm1')!.label.en);
    expect(changeLabel({ kind: 'decision-added', decision: decision('u-d1', { text: 'Send the draft' }) }, labels, 'vi')).toBe('Send the draft');
    expect(changeLabel({ kind: 'verdict', targetId: 'gone', from: 'behind', to: 'on_track' }, labels, 'en')).toBe('gone');
  });
});
