import { toDecimalYear } from './dates';
import type { Deadline } from './deadlines';
import { buildTimelineAxis, type TimelineAxis } from './timeline-axis';
import type { PolicyEvent, Resolution } from './types';

/** The lane for items that concern no single resolution (or several at once). */
export const SHARED_LANE = 'shared';

export type TimelineItem =
  | { kind: 'event'; id: string; lane: string; start: number; end: number; event: PolicyEvent }
  | {
      kind: 'deadline';
      id: string;
      lane: string;
      start: number;
      end: number;
      deadline: Deadline;
      /** The resolution's own "horizon" events for that year: the same date, so the same card. */
      horizons: PolicyEvent[];
    };

export interface TimelineLane {
  id: string;
  resolution: Resolution | null;
  /** The lane's items by start; rows are placed at draw time, when the width is known. */
  items: TimelineItem[];
}

export interface TimelineLayout {
  from: number;
  to: number;
  axis: TimelineAxis;
  lanes: TimelineLane[];
  items: TimelineItem[];
}

const laneOf = (event: PolicyEvent) => (event.resolutionIds.length === 1 ? event.resolutionIds[0]! : SHARED_LANE);
const isYearOnly = (date: string) => date.length === 4;

/**
 * Events and deadlines as items on the time axis. A horizon event of one resolution in a year
 * where that resolution has a deadline ("plan horizon 2030" and the tasks due in 2030) is the same
 * moment: it joins the deadline's card instead of showing it twice.
 */
export function timelineItems(events: PolicyEvent[], deadlines: Deadline[]): TimelineItem[] {
  const deadlineKey = (lane: string, year: number) => `${lane}|${year}`;
  const horizonsByKey = new Map<string, PolicyEvent[]>();
  const deadlineKeys = new Set(deadlines.map((d) => deadlineKey(d.resolution.id, d.year)));
  const fromEvents: TimelineItem[] = [];
  for (const event of events) {
    const key = deadlineKey(laneOf(event), Number(event.date.slice(0, 4)));
    if (event.kind === 'horizon' && isYearOnly(event.date) && !event.endDate && deadlineKeys.has(key)) {
      horizonsByKey.set(key, [...(horizonsByKey.get(key) ?? []), event]);
      continue;
    }
    const start = toDecimalYear(event.date);
    // A year-precise end ("2025–2028") runs to the end of that year.
    const end = event.endDate ? toDecimalYear(event.endDate) + (isYearOnly(event.endDate) ? 1 : 0) : start;
    fromEvents.push({ kind: 'event', id: event.id, lane: laneOf(event), start, end, event });
  }
  const fromDeadlines: TimelineItem[] = deadlines.map((deadline) => ({
    kind: 'deadline',
    id: `deadline-${deadline.resolution.id}-${deadline.year}`,
    lane: deadline.resolution.id,
    start: deadline.year,
    end: deadline.year,
    deadline,
    horizons: horizonsByKey.get(deadlineKey(deadline.resolution.id, deadline.year)) ?? [],
  }));
  return [...fromEvents, ...fromDeadlines].sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
}

/** Lanes in resolution order, the shared lane first, each with its items; the axis follows the data. */
export function layoutTimeline(resolutions: Resolution[], events: PolicyEvent[], deadlines: Deadline[]): TimelineLayout {
  const items = timelineItems(events, deadlines);
  const axis = buildTimelineAxis(items);
  const byLane = new Map<string, TimelineItem[]>();
  for (const i of items) {
    const list = byLane.get(i.lane);
    if (list) list.push(i);
    else byLane.set(i.lane, [i]);
  }
  const lanes: TimelineLane[] = [];
  const add = (id: string, resolution: Resolution | null) => {
    const own = byLane.get(id);
    if (own) lanes.push({ id, resolution, items: own });
  };
  add(SHARED_LANE, null);
  resolutions.forEach((r) => add(r.id, r));
  return { from: axis.from, to: axis.to, axis, lanes, items };
}

/** Items grouped by the year they start, in time order (the timeline as a list, on a phone). */
export function itemsByYear(items: readonly TimelineItem[]): { year: number; items: TimelineItem[] }[] {
  const groups: { year: number; items: TimelineItem[] }[] = [];
  for (const item of [...items].sort((a, b) => a.start - b.start || a.id.localeCompare(b.id))) {
    const year = Math.floor(item.start);
    const last = groups.at(-1);
    if (last && last.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}
