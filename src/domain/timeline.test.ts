import { upcomingDeadlines } from './deadlines';
import { SHARED_LANE, itemsByYear, layoutTimeline, timelineItems } from './timeline';
import type { TimelineItem } from './timeline';
import { commitment, event, resolution } from '../../test/factories/dataset';

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

describe('one card per deadline', () => {
  const r292 = [resolution('r292', '292/NQ-CP')];
  const due = upcomingDeadlines(r292, [commitment('c1', { resolutionId: 'r292', dueYear: 2030 })], [], 2025);
  const horizon = event('h2030', { kind: 'horizon', date: '2030', resolutionIds: ['r292'] });

  it('folds the resolution’s horizon event into its deadline of the same year', () => {
    const items = timelineItems([horizon], due);
    expect(items.map((i) => i.id)).toEqual(['deadline-r292-2030']);
    expect(items[0]).toMatchObject({ kind: 'deadline', horizons: [horizon] });
  });

  it('keeps a horizon with no deadline that year, and other kinds of event, as events', () => {
    const other = event('m2030', { kind: 'meeting', date: '2030', resolutionIds: ['r292'] });
    const later = event('h2045', { kind: 'horizon', date: '2045', resolutionIds: ['r292'] });
    const items = timelineItems([horizon, other, later], due);
    expect(items.map((i) => i.id)).toEqual(['deadline-r292-2030', 'm2030', 'h2045']);
  });
});

describe('layoutTimeline', () => {
  it('lists the shared lane first, then resolutions in order, with their items', () => {
    const layout = layoutTimeline(resolutions, events, deadlines);
    expect(layout.lanes.map((l) => l.id)).toEqual([SHARED_LANE, 'r1', 'r2']);
    expect(layout.lanes[0]!.resolution).toBeNull();
    expect(layout.lanes[1]!.resolution).toBe(resolutions[0]);
    expect(layout.lanes[1]!.items.map((i) => i.id)).toEqual(['single', 'deadline-r1-2030']);
    expect(layout.items).toHaveLength(5);
  });

  it('leaves out lanes with nothing in them', () => {
    const layout = layoutTimeline(resolutions, [event('single', { resolutionIds: ['r2'] })], []);
    expect(layout.lanes.map((l) => l.id)).toEqual(['r2']);
  });

  it('spans whole years from the first start to the last milestone', () => {
    expect(layoutTimeline(resolutions, events, deadlines)).toMatchObject({ from: 2025, to: 2030 });
  });

  it('is empty without items', () => {
    expect(layoutTimeline(resolutions, [], [])).toMatchObject({ from: 0, to: 0, lanes: [], items: [] });
  });
});

describe('itemsByYear', () => {
  it('groups items by the year they start, in time order', () => {
    const groups = itemsByYear(timelineItems(events, deadlines));
    expect(groups.map((g) => [g.year, g.items.map((i) => i.id)])).toEqual([
      [2025, ['none', 'single']],
      [2026, ['days', 'multi']],
      [2030, ['deadline-r1-2030']],
    ]);
  });
});
