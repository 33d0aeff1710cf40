import { toDecimalYear } from './dates';
import type { PolicyEvent, Target } from './types';

/** The `count` most recent events on or before `today`, newest first; each date is read once. */
export function recentEvents(events: PolicyEvent[], today: string, count: number): PolicyEvent[] {
  const now = toDecimalYear(today);
  return events
    .map((event) => ({ event, at: toDecimalYear(event.date) }))
    .filter((e) => e.at <= now)
    .sort((a, b) => b.at - a.at)
    .slice(0, count)
    .map((e) => e.event);
}

/**
 * The events a target's chart marks on its time axis: those of the target's resolution, in date
 * order. A horizon that falls on a milestone's year is left out: the milestone already marks it.
 */
export function targetEvents(target: Target, events: PolicyEvent[]): PolicyEvent[] {
  const milestoneYears = new Set(target.milestones.map((m) => m.year));
  return events
    .filter((e) => e.resolutionIds.includes(target.resolutionId))
    .filter((e) => !(e.kind === 'horizon' && milestoneYears.has(Math.floor(toDecimalYear(e.date)))))
    .map((event) => ({ event, at: toDecimalYear(event.date) }))
    .sort((a, b) => a.at - b.at)
    .map((e) => e.event);
}
