import { upcomingDeadlines } from './deadlines';
import { SHARED_LANE, layoutTimeline, layoutTimelineWithLabels, packRows, timelineItems } from './timeline';
import type { TimelineItem } from './timeline';
import { commitment, event, resolution } from './test-fixtures';

const resolutions = [resolution('r1'), resolution('r2')];
const events = [
  event('single', { date: '2025-09-25', resolutionIds: ['r1'] }),
  event('multi', { date: '2026', endDate: '2028', resolutionIds: ['r1', 'r2'] }),
  event('none', { date: '2025', resolutionIds: [] }),
  event('days', { date: '2026-01-01', endDate: '2026-07-02', resolutionIds: ['r2'] }),
];
const deadlines = upcomingDeadlines(resolutions, [commitment('c1', { dueYear: 2030 })], [], 2025);

const byId = (items: TimelineItem[], id: string) => items.find((i) => i.id === id)!;

describe('timelineItems', () => {
  const items = timelineItems(events, deadlines);

  it('puts single-resolution events in their lane and the rest in the shared lane', () => {
    expect(byId(items, 'single').lane).toBe('r1');
    expect(byId(items, 'days').lane).toBe('r2');
    expect(byId(items, 'multi').lane).toBe(SHARED_LANE);
    expect(byId(items, 'none').lane).toBe(SHARED_LANE);
  });

  it('runs a year-precise end date to the end of that year', () => {
    expect(byId(items, 'multi')).toMatchObject({ start: 2026, end: 2029 });
  });

  it('ends a day-precise end date on that day and gives a point event no length', () => {
    expect(byId(items, 'days').end).toBeCloseTo(2026 + 182 / 365, 10);
    const single = byId(items, 'single');
    expect(single.end).toBe(single.start);
  });

  it('turns each deadline into a point item in its resolution lane', () => {
    expect(byId(items, 'deadline-r1-2030')).toMatchObject({ kind: 'deadline', lane: 'r1', start: 2030, end: 2030 });
  });

  it('sorts by start, then by id', () => {
    expect(items.map((i) => i.id)).toEqual(['none', 'single', 'days', 'multi', 'deadline-r1-2030']);
  });
});

describe('packRows', () => {
  it('stacks items that are closer than minGap and reuses a row once there is room', () => {
    const items = timelineItems(
      [
        event('a', { date: '2025' }),
        event('b', { date: '2025' }),
        event('long', { date: '2025', endDate: '2027' }),
        event('c', { date: '2026' }),
      ],
      [],
    );
    const rows = packRows(items, 0.5);
    expect(rows.map((row) => row.map((i) => i.id))).toEqual([['a', 'c'], ['b'], ['long']]);
  });

  it('never puts two items closer than minGap in one row', () => {
    const dates = ['2025-01-10', '2025-02-01', '2025-03-15', '2025-03-20', '2025-08-01', '2026', '2026-02-01', '2027'];
    const items = timelineItems(
      dates.map((date, i) => event(`e${i}`, { date, endDate: i % 3 === 0 ? '2026-06-30' : undefined })),
      [],
    );
    for (const minGap of [0, 0.1, 0.25, 1]) {
      const rows = packRows(items, minGap);
      expect(rows.flat()).toHaveLength(items.length);
      for (const row of rows)
        for (let k = 1; k < row.length; k++) {
          const prev = row[k - 1]!;
          expect(row[k]!.start).toBeGreaterThanOrEqual(Math.max(prev.end, prev.start) + minGap);
        }
    }
  });

  it('gives no rows for no items', () => {
    expect(packRows([], 0.5)).toEqual([]);
  });
});

describe('layoutTimeline', () => {
  it('lists the shared lane first, then resolutions in order, with their resolution', () => {
    const layout = layoutTimeline(resolutions, events, deadlines, 0.3);
    expect(layout.lanes.map((l) => l.id)).toEqual([SHARED_LANE, 'r1', 'r2']);
    expect(layout.lanes[0]!.resolution).toBeNull();
    expect(layout.lanes[1]!.resolution).toBe(resolutions[0]);
    expect(layout.lanes[1]!.rows.flat().map((i) => i.id)).toEqual(['single', 'deadline-r1-2030']);
    expect(layout.items).toHaveLength(5);
  });

  it('leaves out lanes with nothing in them', () => {
    const layout = layoutTimeline(resolutions, [event('single', { resolutionIds: ['r2'] })], [], 0.3);
    expect(layout.lanes.map((l) => l.id)).toEqual(['r2']);
  });

  it('spans whole years from the first start to the end of the last item', () => {
    const layout = layoutTimeline(resolutions, events, deadlines, 0.3);
    // The last deadline, 2030, ends the axis: no empty year after it.
    expect(layout).toMatchObject({ from: 2025, to: 2030 });
  });

  it('follows the data: a ranged event can set the end', () => {
    const layout = layoutTimeline(resolutions, [event('x', { date: '2026-05-01', endDate: '2028' })], [], 0.3);
    expect(layout).toMatchObject({ from: 2026, to: 2029 });
  });

  it('gives a lone point event a one-year range', () => {
    expect(layoutTimeline(resolutions, [event('x', { date: '2027' })], [], 0.3)).toMatchObject({ from: 2027, to: 2028 });
  });

  it('is empty without items', () => {
    expect(layoutTimeline(resolutions, [], [], 0.3)).toEqual({ from: 0, to: 0, lanes: [], items: [] });
  });
});

describe('layoutTimelineWithLabels', () => {
  it('is the layout with the gap a label of that share of the axis needs', () => {
    const evts = [event('a', { date: '2025', resolutionIds: ['r1'] }), event('b', { date: '2027', resolutionIds: ['r1'] }), event('c', { date: '2035', resolutionIds: ['r1'] })];
    const withLabels = layoutTimelineWithLabels(resolutions, evts, [], 0.2);
    // 2025–2035 is ten years; a fifth of the axis is 2.5 years: a and b (two years apart) need two rows.
    expect(withLabels).toEqual(layoutTimeline(resolutions, evts, [], (10 * 0.2) / 0.8));
    expect(withLabels.lanes[0]!.rows).toHaveLength(2);
  });
});
