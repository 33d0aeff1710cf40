import { buildTargetSeries, niceTop } from './build-target-series';
import { event } from '../../../test/factories/dataset';
import type { Target } from '../../domain/types';
import type { TargetFigure } from '../../domain/figures';

const TODAY = '2026-01-01';
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
const figure = (asOf: string, value: number): TargetFigure => ({
  id: asOf,
  targetId: 'agencies',
  value,
  asOf,
  source: { text: 'ministry report' },
});

describe('buildTargetSeries', () => {
  it('shows the targets and no path when nothing is recorded', () => {
    const s = buildTargetSeries(target, [], 2024, { today: TODAY });
    expect(s.hasRecorded).toBe(false);
    expect(s.points).toEqual([
      { x: 2030, target: 115, approximate: true },
      { x: 2045, target: 150, approximate: true },
    ]);
    expect(s.domain).toEqual([2024, 2045]);
  });

  it('draws the path from the first recorded figure through the milestones ahead', () => {
    const s = buildTargetSeries(target, [figure('2026-01-01', 95), figure('2025-01-01', 90)], 2024, { today: TODAY });
    expect(s.points.filter((p) => p.path !== undefined).map((p) => [p.x, p.path])).toEqual([
      [2025, 90],
      [2030, 115],
      [2045, 150],
    ]);
    expect(s.points.filter((p) => p.recorded !== undefined).map((p) => p.recorded)).toEqual([90, 95]);
  });

  it('projects the pace so far from the latest figure to each target year, apart from the figures', () => {
    // 90 then 95 a year later: 5 a year, so 115 in 2030 and 190 in 2045.
    const s = buildTargetSeries(target, [figure('2025-01-01', 90), figure('2026-01-01', 95)], 2024, { today: TODAY });
    expect(s.hasProjection).toBe(true);
    expect(s.points.filter((p) => p.projection !== undefined).map((p) => [p.x, p.projection])).toEqual([
      [2026, 95],
      [2030, 115],
      [2045, 190],
    ]);
    expect(s.annotations.projections).toEqual([
      { x: 2030, value: 115, below: false },
      { x: 2045, value: 190, below: false },
    ]);
    expect(s.points.find((p) => p.x === 2030)?.recorded).toBeUndefined();
  });

  it('labels the latest figure, the gap to the next target and where the path says we should be today', () => {
    const s = buildTargetSeries(target, [figure('2024-01-01', 85), figure('2025-01-01', 94)], 2024, { today: TODAY });
    expect(s.annotations.latest).toEqual({ x: 2025, value: 94, asOf: '2025-01-01' });
    expect(s.annotations.gap).toEqual({ x: 2030, target: 115, approximate: true, remaining: 21, share: 94 / 115 });
    // From 85 in 2024 to 115 in 2030: 5 a year, so 95 on 1 January 2026.
    expect(s.annotations.pathToday).toEqual({ x: 2026, value: 95 });
    // 9 a year so far: 139 by 2030, above the target.
    expect(s.annotations.projections[0]).toEqual({ x: 2030, value: 139, below: false });
  });

  it('with one figure has a path and a gap but no pace to project', () => {
    const s = buildTargetSeries(target, [figure('2025-01-01', 94)], 2024, { today: TODAY });
    expect(s.hasProjection).toBe(false);
    expect(s.annotations.projections).toEqual([]);
    expect(s.annotations.gap?.remaining).toBe(21);
    expect(s.annotations.pathToday?.value).toBeCloseTo(94 + 21 / 5, 5);
  });

  it('annotates nothing but the events with no figure recorded', () => {
    const s = buildTargetSeries(target, [], 2024, { today: TODAY, events: [event('reported', { resolutionIds: ['r292'], date: '2025-09-25' })] });
    expect(s.annotations).toMatchObject({ latest: null, gap: null, pathToday: null, projections: [] });
    expect(s.annotations.events.map((e) => [e.number, e.event.id])).toEqual([[1, 'reported']]);
  });

  it("numbers the resolution's events in date order and staggers those close together", () => {
    const events = [
      event('c', { resolutionIds: ['r292'], date: '2035-01-01' }),
      event('a', { resolutionIds: ['r292'], date: '2025-04-11' }),
      event('b', { resolutionIds: ['r292'], date: '2025-09-25' }),
      event('elsewhere', { resolutionIds: ['r57'], date: '2026-01-01' }),
      event('before', { resolutionIds: ['r292'], date: '2010-01-01' }),
    ];
    const s = buildTargetSeries(target, [], 2024, { today: TODAY, events });
    expect(s.annotations.events.map((e) => [e.event.id, e.number, e.row])).toEqual([
      ['a', 1, 0],
      ['b', 2, 1],
      ['c', 3, 0],
    ]);
  });

  it('ignores figures recorded for other targets', () => {
    expect(buildTargetSeries(target, [{ ...figure('2025-01-01', 1), targetId: 'other' }], 2024, { today: TODAY }).hasRecorded).toBe(false);
  });
});

describe('niceTop', () => {
  it('leaves room above the highest mark in four round steps', () => {
    expect(niceTop(172)).toBe(200);
    expect(niceTop(150)).toBe(200);
    expect(niceTop(94)).toBe(120);
    expect(niceTop(3)).toBe(4);
    expect(niceTop(0)).toBe(4);
  });
});
