import { axisPosition, buildTimelineAxis, FOCUS_SHARE } from './timeline-axis';

const at = (...years: number[]) => years.map((y) => ({ start: y, end: y }));
// The shipped data: six events within a year, a 2025–2028 term, then 2030 and 2045.
const shipped = [...at(2024.91, 2025.27, 2025.54, 2025.65, 2025.73, 2030, 2045), { start: 2025, end: 2029 }];

describe('buildTimelineAxis', () => {
  it('gives the near years most of the width and 2030 and 2045 a horizon each', () => {
    const axis = buildTimelineAxis(shipped);
    expect(axis).toMatchObject({ from: 2024, to: 2045 });
    expect(axis.segments.map((s) => [s.from, s.to, s.compressed])).toEqual([
      [2024, 2026, false],
      [2026, 2030, true],
      [2030, 2045, true],
    ]);
    expect(axis.segments[0]!.end).toBeGreaterThan(0.55);
    // A year in the focus is wider than the whole stretch from 2030 to 2045.
    const focusYear = axisPosition(axis, 2025) - axisPosition(axis, 2024);
    expect(focusYear).toBeGreaterThan(axisPosition(axis, 2045) - axisPosition(axis, 2030));
  });

  it('labels every year of the focus and each horizon on its tick, and marks the skipped years', () => {
    const axis = buildTimelineAxis(shipped);
    expect(axis.ticks.map((t) => t.year)).toEqual([2024, 2025, 2026, 2030, 2045]);
    for (const tick of axis.ticks) expect(axisPosition(axis, tick.year)).toBeCloseTo(tick.at, 10);
    expect(axis.breaks.map((b) => [b.from, b.to])).toEqual([
      [2026, 2030],
      [2030, 2045],
    ]);
    for (const b of axis.breaks) {
      expect(b.at).toBeGreaterThan(axisPosition(axis, b.from));
      expect(b.at).toBeLessThan(axisPosition(axis, b.to));
    }
  });

  it('is one linear scale when nothing is far off', () => {
    const axis = buildTimelineAxis(at(2025, 2026, 2027.5, 2028));
    expect(axis.segments).toEqual([{ from: 2025, to: 2028, start: 0, end: 1, compressed: false }]);
    expect(axis.breaks).toEqual([]);
    expect(axisPosition(axis, 2026.5)).toBeCloseTo(0.5, 10);
  });

  it('runs to the end of a range that outlasts every start', () => {
    const axis = buildTimelineAxis([...at(2025, 2025.5), { start: 2025, end: 2040 }]);
    expect(axis.to).toBe(2040);
    expect(axis.segments.at(-1)).toMatchObject({ to: 2040, compressed: true });
  });

  it('is monotonic and stays within 0 and 1', () => {
    const axis = buildTimelineAxis(shipped, FOCUS_SHARE);
    let previous = -1;
    for (let x = 2020; x <= 2050; x += 0.25) {
      const p = axisPosition(axis, x);
      expect(p).toBeGreaterThanOrEqual(previous);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
      previous = p;
    }
  });

  it('is empty without items', () => {
    expect(buildTimelineAxis([])).toEqual({ from: 0, to: 0, segments: [], ticks: [], breaks: [] });
  });
});
