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
    expect(chartRows(series, 6, () => 'others')).toBe(series.rows);
  });

  it('keeps the largest in their order and folds the rest into one row that adds up', () => {
    const rows = chartRows(series, 4, (n) => `${n} others`);
    expect(rows.map((r) => r.label)).toEqual(['r3', 'r4', 'r5', '3 others']);
    const others = rows[3]!;
    expect(others.total).toBe(1 + 2 + 3);
    expect(others.in_progress + others.done).toBe(others.total);
    expect(rows.reduce((n, r) => n + r.total, 0)).toBe(commitments.length);
  });
});
