import { event } from '../../test/factories/dataset';
import { timelineItems } from './timeline';
import { buildTimelineAxis } from './timeline-axis';
import { placeItem, placeRows } from './timeline-rows';

const items = timelineItems(
  [
    event('a', { date: '2025-01-10' }),
    event('b', { date: '2025-02-01' }),
    event('c', { date: '2025-11-20' }),
    event('term', { date: '2025', endDate: '2028' }),
    event('far', { date: '2045' }),
  ],
  [],
);
const axis = buildTimelineAxis(items);
const room = { trackPx: 1200, cardPx: 300, gapPx: 8 };

describe('placeRows', () => {
  it('never lets two cards of one row overlap, and places every item once', () => {
    for (const trackPx of [360, 800, 1200, 1900]) {
      const rows = placeRows(items, axis, { ...room, trackPx });
      expect(rows.flat()).toHaveLength(items.length);
      for (const row of rows)
        for (let k = 1; k < row.length; k++) {
          const prev = row[k - 1]!;
          expect(row[k]!.left).toBeGreaterThanOrEqual(Math.max(prev.left + prev.width, prev.until) + 8 / trackPx - 1e-9);
        }
    }
  });

  it('shares a row between items far enough apart', () => {
    const rows = placeRows(items, axis, room);
    const rowOf = (id: string) => rows.findIndex((r) => r.some((p) => p.item.id === id));
    expect(rowOf('a')).not.toBe(rowOf('b'));
    expect(rowOf('far')).toBe(0);
  });
});

describe('placeItem', () => {
  it('opens a card to the right of its marker, or to the left at the right edge', () => {
    const first = placeItem(items.find((i) => i.id === 'a')!, axis, room);
    expect(first).toMatchObject({ flipped: false, width: 0.25 });
    expect(first.left).toBe(first.at);
    const last = placeItem(items.find((i) => i.id === 'far')!, axis, room);
    expect(last.flipped).toBe(true);
    expect(last.left + last.width).toBeCloseTo(last.at, 10);
    expect(last.left).toBeGreaterThanOrEqual(0);
  });

  it('stretches a range card over its span', () => {
    const term = placeItem(items.find((i) => i.id === 'term')!, axis, room);
    expect(term.until).toBeGreaterThan(term.at);
    expect(term.width).toBeGreaterThanOrEqual(term.until - term.at);
  });
});
