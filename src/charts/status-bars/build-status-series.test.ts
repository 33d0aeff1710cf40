import { buildStatusSeries, chartRows } from './build-status-series';
import { commitment, resolution } from '../../../test/factories/dataset';
import { summariseResolutions } from '../../domain/summary';

const resolutions = Array.from({ length: 6 }, (_, i) => resolution(`r${i}`));
// r0 has 1 commitment, r1 2, …, r5 6.
const commitments = resolutions.flatMap((r, i) =>
  Array.from({ length: i + 1 }, (_, k) => commitment(`${r.id}-c${k}`, { resolutionId: r.id, status: k % 2 ? 'done' : 'in_progress' })),
);
const series = buildStatusSeries(summariseResolutions(resolutions, commitments), (s) => s.resolution.id);

describe('chartRows', () => {
  it('keeps every resolution when they fit', () => {
    expect(chartRows(series, 6, () => 'others')).toEqual({ rows: series.rows, folded: null });
  });

  it('keeps the largest in their order and folds the rest into one row that adds up', () => {
    const { rows, folded } = chartRows(series, 4, (n) => `${n} others`);
    expect(rows.map((r) => r.label)).toEqual(['r3', 'r4', 'r5', '3 others']);
    expect(folded).toEqual({ named: 3, count: 3, total: 6, drawn: true });
    const others = rows[3]!;
    expect(others.total).toBe(1 + 2 + 3);
    expect(others.in_progress + others.done).toBe(others.total);
    expect(rows.reduce((n, r) => n + r.total, 0)).toBe(commitments.length);
  });

  it('leaves the others to the table when their row would dwarf the named ones, and draws one more named row', () => {
    // Named r5 (6) and r4 (5); the other four together (1 + 2 + 3 + 4 = 10) would outgrow r5.
    const { rows, folded } = chartRows(series, 3, (n) => `${n} others`);
    expect(rows.map((r) => r.label)).toEqual(['r3', 'r4', 'r5']);
    expect(folded).toEqual({ named: 3, count: 3, total: 1 + 2 + 3, drawn: false });
    expect(rows.reduce((n, r) => n + r.total, 0) + folded!.total).toBe(commitments.length);
  });
});
