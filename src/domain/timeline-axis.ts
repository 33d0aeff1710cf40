/**
 * The timeline's time axis: the near years in detail, later milestones (2030, 2045) as horizons.
 * A linear 2024–2045 axis would pack a year of events into its first tenth; instead the period
 * where events are close together (the focus) gets most of the width, and each stretch after it
 * up to the next milestone gets an equal, small share, marked as a change of scale.
 */

export interface AxisSegment {
  from: number;
  to: number;
  /** Where the segment starts and ends on the axis, from 0 to 1. */
  start: number;
  end: number;
  /** True where years are squeezed (drawn with a break mark). */
  compressed: boolean;
}

export interface AxisTick {
  year: number;
  at: number;
}

export interface AxisBreak {
  /** The years skipped over, after `from` and before `to`. */
  from: number;
  to: number;
  at: number;
}

export interface TimelineAxis {
  from: number;
  to: number;
  segments: AxisSegment[];
  ticks: AxisTick[];
  breaks: AxisBreak[];
}

/** A gap of this many years with nothing starting in it ends the focus period. */
export const FOCUS_GAP = 2;
/** Share of the axis the focus period takes when horizons follow it. */
export const FOCUS_SHARE = 0.62;
/** Room kept after the last milestone, so its tick and card are not on the edge. */
const TAIL = 0.04;
/** At most this many labelled years in the focus period. */
const MAX_TICKS = 12;

export function buildTimelineAxis(items: readonly { start: number; end: number }[], focusShare = FOCUS_SHARE): TimelineAxis {
  if (items.length === 0) return { from: 0, to: 0, segments: [], ticks: [], breaks: [] };
  const starts = [...new Set(items.map((i) => i.start))].sort((a, b) => a - b);
  const lastEnd = Math.max(...items.map((i) => Math.max(i.start, i.end)));
  const from = Math.floor(starts[0]!);
  let focusLast = starts[0]!;
  for (const s of starts) {
    if (s - focusLast >= FOCUS_GAP) break;
    focusLast = s;
  }
  const focusTo = Math.floor(focusLast) + 1;
  const anchors = [...new Set(starts.filter((s) => s >= focusTo).map((s) => Math.ceil(s)))];
  const last = anchors.at(-1) ?? focusTo;
  if (lastEnd > last) anchors.push(Math.ceil(lastEnd));

  if (anchors.length === 0 || (anchors.length === 1 && anchors[0]! - focusTo < FOCUS_GAP)) {
    // Nothing far off: one linear axis over the whole range.
    const to = Math.max(from + 1, Math.ceil(lastEnd));
    const segments = [{ from, to, start: 0, end: 1, compressed: false }];
    return { from, to, segments, ticks: focusTicks(from, to, 0, 1), breaks: [] };
  }
  const usable = 1 - TAIL;
  const focusEnd = focusShare * usable;
  const each = (usable - focusEnd) / anchors.length;
  const segments: AxisSegment[] = [{ from, to: focusTo, start: 0, end: focusEnd, compressed: false }];
  const ticks = focusTicks(from, focusTo, 0, focusEnd);
  const breaks: AxisBreak[] = [];
  let previous = focusTo;
  anchors.forEach((year, i) => {
    const start = focusEnd + i * each;
    const end = start + each;
    segments.push({ from: previous, to: year, start, end, compressed: true });
    ticks.push({ year, at: end });
    if (year - previous > 1) breaks.push({ from: previous, to: year, at: (start + end) / 2 });
    previous = year;
  });
  return { from, to: previous, segments, ticks, breaks };
}

function focusTicks(from: number, to: number, start: number, end: number): AxisTick[] {
  const span = to - from;
  const step = Math.max(1, Math.ceil(span / MAX_TICKS));
  const ticks: AxisTick[] = [];
  for (let year = from; year <= to; year += step) ticks.push({ year, at: start + ((year - from) / span) * (end - start) });
  if (ticks.at(-1)!.year !== to) ticks.push({ year: to, at: end });
  return ticks;
}

/** Where a (decimal) year falls on the axis, from 0 to 1; outside the axis it sticks to its ends. */
export function axisPosition(axis: TimelineAxis, x: number): number {
  const first = axis.segments[0];
  if (!first) return 0;
  if (x <= first.from) return first.start;
  for (const s of axis.segments) if (x <= s.to) return s.start + ((x - s.from) / (s.to - s.from)) * (s.end - s.start);
  return axis.segments.at(-1)!.end;
}
