import { buildTargetSeries } from './build-target-series';
import type { Target } from '../../domain/types';
import type { RecordedFigure } from '../../domain/figures';

const target: Target = {
  id: 'agencies',
  resolutionId: 'r292',
  commitmentId: null,
  label: { en: 'Agencies', fr: 'Agences', vi: 'Cơ quan' },
  unit: { en: 'agencies', fr: 'agences', vi: 'cơ quan' },
  milestones: [
    { year: 2045, value: 150, approximate: true, citations: [{ sourceId: 's', quote: 'q' }] },
    { year: 2030, value: 115, approximate: true, citations: [{ sourceId: 's', quote: 'q' }] },
  ],
};
const figure = (asOf: string, value: number): RecordedFigure => ({
  id: asOf,
  targetId: 'agencies',
  value,
  asOf,
  source: { text: 'ministry report' },
});

describe('buildTargetSeries', () => {
  it('shows the targets and no path when nothing is recorded', () => {
    const s = buildTargetSeries(target, [], 2024);
    expect(s.hasRecorded).toBe(false);
    expect(s.points).toEqual([
      { x: 2030, target: 115, approximate: true },
      { x: 2045, target: 150, approximate: true },
    ]);
    expect(s.domain).toEqual([2024, 2045]);
  });

  it('draws the path from the latest recorded figure through the milestones ahead', () => {
    const s = buildTargetSeries(target, [figure('2025-01-01', 90), figure('2026-01-01', 95)], 2024);
    expect(s.points.filter((p) => p.path !== undefined).map((p) => [p.x, p.path])).toEqual([
      [2026, 95],
      [2030, 115],
      [2045, 150],
    ]);
    expect(s.points.filter((p) => p.recorded !== undefined).map((p) => p.recorded)).toEqual([90, 95]);
  });

  it('ignores figures recorded for other targets', () => {
    expect(buildTargetSeries(target, [{ ...figure('2025-01-01', 1), targetId: 'other' }], 2024).hasRecorded).toBe(false);
  });
});
