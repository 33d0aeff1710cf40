import { toDecimalYear } from './dates';
import type { PolicyEvent } from './types';

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
