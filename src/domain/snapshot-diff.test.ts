import { commitment, figureRecord } from '../../test/factories/dataset';
import { assessment, decision, meetingDataset, snapshotOf } from '../../test/factories/snapshot';
import { compareSnapshots, type SnapshotChange } from './snapshot-diff';

const kinds = (changes: SnapshotChange[]) => changes.map((c) => c.kind);

describe('compareSnapshots', () => {
  it('reports nothing between a snapshot and itself, or two taken the same day of the same state', () => {
    const records = [assessment('a1'), figureRecord('f1')];
    const decisions = [decision('d1', { dueOn: '2026-01-01' })];
    const s = snapshotOf('2026-04-01', records, decisions);
    expect(compareSnapshots(s, s)).toEqual([]);
    expect(compareSnapshots(s, snapshotOf('2026-04-01', records, decisions))).toEqual([]);
  });

  it('reports a status move from → to, with who assessed it, when and why', () => {
    const before = snapshotOf('2026-03-01', [assessment('a1', { status: 'in_progress' })]);
    const assessed = { ...assessment('a2', { status: 'at_risk', date: '2026-03-20', justification: 'No budget yet' }), updatedBy: 'lan@example.vn' };
    const after = snapshotOf('2026-04-01', [assessment('a1', { status: 'in_progress' }), assessed]);
    expect(compareSnapshots(before, after)).toEqual([
      {
        kind: 'status',
        commitmentId: 't1',
        from: 'in_progress',
        to: 'at_risk',
        assessment: { by: 'lan@example.vn', on: '2026-03-20', justification: 'No budget yet' },
      },
    ]);
  });

  it('reports a reassessment that keeps the status, since the justification is news', () => {
    const before = snapshotOf('2026-03-01', [assessment('a1', { date: '2026-02-01' })]);
    const after = snapshotOf('2026-04-01', [assessment('a1', { date: '2026-02-01' }), assessment('a2', { date: '2026-03-30', justification: 'Still drafting' })]);
    expect(compareSnapshots(before, after)).toMatchObject([{ kind: 'status', from: 'in_progress', to: 'in_progress' }]);
  });

  it('reports a new figure with the verdict before and after and the pace it gives', () => {
    const first = figureRecord('f1', { value: 20, asOf: '2025-01-01' });
    const before = snapshotOf('2026-03-01', [first]);
    const after = snapshotOf('2026-04-01', [first, figureRecord('f2', { value: 60, asOf: '2026-01-01', source: { text: 'Statistics office' } })]);
    const [change, ...rest] = compareSnapshots(before, after);
    expect(rest).toEqual([]);
    expect(change).toMatchObject({
      kind: 'figure',
      targetId: 'tg1',
      from: { value: 20, asOf: '2025-01-01' },
      to: { value: 60, asOf: '2026-01-01', source: 'Statistics office' },
      verdictFrom: 'no_data',
      verdictTo: 'on_track',
    });
    expect(change).toHaveProperty('paceSoFar', 40);
  });

  it('reports a verdict that moves with no new figure, when the target itself is edited', () => {
    const figures = [figureRecord('f1', { value: 20, asOf: '2025-01-01' }), figureRecord('f2', { value: 30, asOf: '2025-07-01' })];
    const tg1 = meetingDataset().targets[0]!;
    const lowered = meetingDataset({ targets: [{ ...tg1, milestones: [{ ...tg1.milestones[0]!, value: 35 }, tg1.milestones[1]!] }] });
    const changes = compareSnapshots(snapshotOf('2026-03-01', figures), snapshotOf('2026-04-01', figures, [], lowered));
    expect(changes).toMatchObject([
      { kind: 'verdict', targetId: 'tg1', from: 'behind', to: 'on_track' },
      { kind: 'item-edited', before: { id: 'tg1' } },
    ]);
    expect(changes).toHaveLength(2);
  });

  it('reports items added, edited and removed, the shipped ones and the user’s', () => {
    const before = snapshotOf('2026-03-01');
    const edited = meetingDataset({
      commitments: [commitment('t1', { dueYear: 2026, text: { en: 'Reworded', fr: 'Reformulé', vi: 'Sửa lại' } })],
      events: [],
    });
    const userTask = {
      id: 'u-new',
      kind: 'commitment' as const,
      resolutionId: 'r1',
      parentId: null,
      text: 'A new task',
      dueYear: null,
      source: { text: 'Minutes' },
      createdAt: '2026-03-10T08:00:00Z',
      updatedAt: '2026-03-10T08:00:00Z',
    };
    const after = snapshotOf('2026-04-01', [userTask], [], edited);
    const changes = compareSnapshots(before, after);
    expect(kinds(changes)).toEqual(['item-added', 'item-edited', 'item-removed', 'item-removed']);
    expect(changes[0]).toMatchObject({ item: { id: 'u-new', label: { en: 'A new task' } } });
    expect(changes[1]).toMatchObject({ before: { label: { en: 'Commitment t1' } }, after: { label: { en: 'Reworded' } } });
    expect(changes.slice(2).map((c) => (c.kind === 'item-removed' ? c.item.id : ''))).toEqual(['e1', 'm1']);
  });

  it('reports a deadline moved, set or cleared, and not as an edit', () => {
    const moved = meetingDataset({ commitments: [commitment('t1', { dueYear: 2027 }), commitment('m1', { parentId: 't1', horizonYear: null })] });
    expect(compareSnapshots(snapshotOf('2026-03-01'), snapshotOf('2026-04-01', [], [], moved))).toEqual([
      { kind: 'deadline-moved', itemId: 'm1', key: 'horizon', from: 2030, to: null },
      { kind: 'deadline-moved', itemId: 't1', key: 'due', from: 2026, to: 2027 },
    ]);
  });

  it('reports deadlines whose year ended between the two meetings, with the status they ended in', () => {
    const records = [assessment('a1', { status: 'at_risk', date: '2026-11-01' })];
    const changes = compareSnapshots(snapshotOf('2026-12-15', records), snapshotOf('2027-01-10', records));
    expect(changes).toEqual([
      { kind: 'deadline-passed', itemId: 't1', key: 'due', year: 2026, status: 'at_risk' },
      { kind: 'deadline-passed', itemId: 'tg1', key: 'milestone-2026', year: 2026, status: null },
    ]);
  });

  it('counts 31 December as the last day of a year’s deadline, by calendar day', () => {
    const onTheDay = compareSnapshots(snapshotOf('2026-12-01'), snapshotOf('2026-12-31'));
    const theDayAfter = compareSnapshots(snapshotOf('2026-12-31'), snapshotOf('2027-01-01'));
    expect(onTheDay).toEqual([]);
    expect(kinds(theDayAfter)).toEqual(['deadline-passed', 'deadline-passed']);
  });

  it('reports decisions taken, edited, done and removed', () => {
    const before = snapshotOf('2026-03-01', [], [decision('d1'), decision('d2'), decision('d3')]);
    const after = snapshotOf('2026-04-01', [], [
      decision('d1', { done: { on: '2026-03-20', note: 'Circular sent to provinces' } }),
      decision('d2', { owner: 'Ministry of Justice', dueOn: '2026-09-30' }),
      decision('d4'),
    ]);
    const changes = compareSnapshots(before, after);
    expect(changes.map((c) => [c.kind, 'decision' in c ? c.decision.id : c.kind === 'decision-edited' ? c.after.id : ''])).toEqual([
      ['decision-added', 'd4'],
      ['decision-edited', 'd2'],
      ['decision-done', 'd1'],
      ['decision-removed', 'd3'],
    ]);
    expect(changes[2]).toMatchObject({ decision: { done: { on: '2026-03-20', note: 'Circular sent to provinces' } } });
  });

  it('reports a decision overdue once its due day is behind the later meeting, and only once', () => {
    const open = [decision('d1', { dueOn: '2026-04-01' })];
    expect(compareSnapshots(snapshotOf('2026-03-01', [], open), snapshotOf('2026-04-01', [], open))).toEqual([]);
    const late = compareSnapshots(snapshotOf('2026-03-01', [], open), snapshotOf('2026-04-02', [], open));
    expect(late).toEqual([{ kind: 'decision-overdue', decision: open[0] }]);
    expect(compareSnapshots(snapshotOf('2026-04-02', [], open), snapshotOf('2026-05-01', [], open))).toEqual([]);
    const doneInTime = [decision('d1', { dueOn: '2026-04-01', done: { on: '2026-03-30', note: 'Done' } })];
    expect(kinds(compareSnapshots(snapshotOf('2026-03-01', [], open), snapshotOf('2026-04-02', [], doneInTime)))).toEqual(['decision-done']);
    const newAndLate = compareSnapshots(snapshotOf('2026-03-01'), snapshotOf('2026-04-02', [], open));
    expect(kinds(newAndLate)).toEqual(['decision-added', 'decision-overdue']);
  });

  it('lists changes in a stable order: people’s work, targets, items, deadlines, decisions; by id within each', () => {
    const before = snapshotOf('2026-12-01', [], [decision('d1', { dueOn: '2026-12-20' })]);
    const after = snapshotOf('2027-01-05', [assessment('a1', { date: '2027-01-02' }), figureRecord('f1', { asOf: '2027-01-01' })], [
      decision('d1', { dueOn: '2026-12-20' }),
      decision('d0', { dueOn: '2027-03-01' }),
    ]);
    expect(kinds(compareSnapshots(before, after))).toEqual([
      'status',
      'figure',
      'deadline-passed',
      'deadline-passed',
      'decision-added',
      'decision-overdue',
    ]);
  });

  it('gives the same answer in every time zone: days are calendar days, never instants', () => {
    const zone = process.env.TZ;
    const open = [decision('d1', { dueOn: '2026-12-31' })];
    const run = () => compareSnapshots(snapshotOf('2026-12-31', [], open), snapshotOf('2027-01-01', [assessment('a1', { date: '2027-01-01' })], open));
    try {
      const answers = ['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'].map((tz) => {
        process.env.TZ = tz;
        // The zone really applies: midnight UTC on 1 January is still 31 December in Los Angeles.
        return { localDay: new Date(Date.UTC(2027, 0, 1)).getDate(), changes: run() };
      });
      expect(answers.map((a) => a.localDay)).toEqual([1, 31, 1, 1]);
      answers.forEach((a) => expect(a.changes).toEqual(answers[0]!.changes));
      expect(kinds(answers[0]!.changes)).toEqual(['status', 'deadline-passed', 'deadline-passed', 'decision-overdue']);
    } finally {
      process.env.TZ = zone;
    }
  });
});
