import { STATUSES } from './schema';
import { countByStatus, emptyCounts, summariseResolutions } from './summary';
import { commitment, resolution } from '../../test/factories/dataset';

describe('emptyCounts', () => {
  it('has a zero for every status', () => {
    const counts = emptyCounts();
    expect(Object.keys(counts).sort()).toEqual([...STATUSES].sort());
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  });

  it('returns a fresh object each time', () => {
    const a = emptyCounts();
    a.done = 5;
    expect(emptyCounts().done).toBe(0);
  });
});

describe('countByStatus', () => {
  it('counts commitments per status, keeping zeros', () => {
    const counts = countByStatus([
      commitment('a', { status: 'done' }),
      commitment('b', { status: 'done' }),
      commitment('c', { status: 'at_risk' }),
    ]);
    expect(counts).toEqual({ ...emptyCounts(), done: 2, at_risk: 1 });
  });
});

describe('summariseResolutions', () => {
  const resolutions = [resolution('r2'), resolution('r1'), resolution('r3')];
  const commitments = [
    commitment('t1', { status: 'in_progress' }),
    commitment('m1', { parentId: 't1', status: 'done' }),
    commitment('m2', { parentId: 't1', status: 'done' }),
    commitment('t2', { resolutionId: 'r2', status: 'not_started' }),
    commitment('x', { resolutionId: 'unknown', status: 'off_track' }),
  ];
  const summary = summariseResolutions(resolutions, commitments);

  it('keeps the order the resolutions are given in, including those without commitments', () => {
    expect(summary.map((s) => s.resolution.id)).toEqual(['r2', 'r1', 'r3']);
  });

  it('counts tasks, measures and statuses per resolution', () => {
    const r1 = summary[1]!;
    expect(r1).toMatchObject({ tasks: 1, measures: 2 });
    expect(r1.byStatus).toEqual({ ...emptyCounts(), in_progress: 1, done: 2 });
    expect(summary[0]).toMatchObject({ tasks: 1, measures: 0, byStatus: { ...emptyCounts(), not_started: 1 } });
    expect(summary[2]).toMatchObject({ tasks: 0, measures: 0, byStatus: emptyCounts() });
  });

  it('counts every commitment of the given resolutions exactly once', () => {
    const total = summary.reduce((n, s) => n + s.tasks + s.measures, 0);
    expect(total).toBe(4); // the commitment of an unknown resolution is not counted
  });
});
