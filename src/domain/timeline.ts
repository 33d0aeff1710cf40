import { toDecimalYear } from './dates';
import type { Deadline } from './deadlines';
import type { PolicyEvent, Resolution } from './types';

/** The lane for items that concern no single resolution (or several at once). */
export const SHARED_LANE = 'shared';

export type TimelineItem =
  | { kind: 'event'; id: string; lane: string; start: number; end: number; event: PolicyEvent }
  | { kind: 'deadline'; id: string; lane: string; start: number; end: number; deadline: Deadline };

export interface TimelineLane {
  id: string;
  resolution: Resolution | null;
  /** Items packed into rows so that no two in a row overlap. */
  rows: TimelineItem[][];
}

export interface TimelineLayout {
  from: number;
  to: number;
  lanes: TimelineLane[];
  items: TimelineItem[];
}

export function timelineItems(events: PolicyEvent[], deadlines: Deadline[]): TimelineItem[] {
  const fromEvents: TimelineItem[] = events.map((event) => {
    const start = toDecimalYear(event.date);
    // A year-precise end ("2025–2028") runs to the end of that year.
    const end = event.endDate ? toDecimalYear(event.endDate) + (event.endDate.length === 4 ? 1 : 0) : start;
    const lane = event.resolutionIds.length === 1 ? event.resolutionIds[0]! : SHARED_LANE;
    return { kind: 'event', id: event.id, lane, start, end, event };
  });
  const fromDeadlines: TimelineItem[] = deadlines.map((deadline) => ({
    kind: 'deadline',
    id: `deadline-${deadline.resolution.id}-${deadline.year}`,
    lane: deadline.resolution.id,
    start: deadline.year,
    end: deadline.year,
    deadline,
  }));
  return [...fromEvents, ...fromDeadlines].sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
}

/**
 * Greedy interval packing: each item goes into the first row where it clears the previous item
 * by `minGap` years (the room its label needs), so a crowded year stacks instead of overlapping.
 */
export function packRows(items: TimelineItem[], minGap: number): TimelineItem[][] {
  const rows: TimelineItem[][] = [];
  const rowEnds: number[] = [];
  for (const item of [...items].sort((a, b) => a.start - b.start)) {
    const row = rowEnds.findIndex((end) => item.start >= end + minGap);
    const visualEnd = Math.max(item.end, item.start);
    if (row === -1) {
      rows.push([item]);
      rowEnds.push(visualEnd);
    } else {
      rows[row]!.push(item);
      rowEnds[row] = visualEnd;
    }
  }
  return rows;
}

/** Lanes in resolution order, the shared lane first; the range follows the data, whole years. */
export function layoutTimeline(
  resolutions: Resolution[],
  events: PolicyEvent[],
  deadlines: Deadline[],
  minGap: number,
): TimelineLayout {
  return layoutItems(resolutions, timelineItems(events, deadlines), () => minGap);
}

/**
 * The layout with room for labels: an item's label takes `labelShare` of the axis, so items
 * closer than that go to separate rows and the axis runs that much past the last year.
 */
export function layoutTimelineWithLabels(
  resolutions: Resolution[],
  events: PolicyEvent[],
  deadlines: Deadline[],
  labelShare: number,
): TimelineLayout {
  return layoutItems(resolutions, timelineItems(events, deadlines), (from, to) => ((to - from) * labelShare) / (1 - labelShare));
}

function layoutItems(resolutions: Resolution[], items: TimelineItem[], gapFor: (from: number, to: number) => number): TimelineLayout {
  if (items.length === 0) return { from: 0, to: 0, lanes: [], items };
  let first = Infinity;
  let last = -Infinity;
  for (const i of items) {
    first = Math.min(first, i.start);
    last = Math.max(last, i.end);
  }
  const from = Math.floor(first);
  const to = Math.max(from + 1, Math.ceil(last));
  const minGap = gapFor(from, to);
  const byLane = new Map<string, TimelineItem[]>();
  for (const i of items) {
    const list = byLane.get(i.lane);
    if (list) list.push(i);
    else byLane.set(i.lane, [i]);
  }
  const lanes: TimelineLane[] = [];
  const add = (id: string, resolution: Resolution | null) => {
    const own = byLane.get(id);
    if (own) lanes.push({ id, resolution, rows: packRows(own, minGap) });
  };
  add(SHARED_LANE, null);
  resolutions.forEach((r) => add(r.id, r));
  return { from, to, lanes, items };
}
