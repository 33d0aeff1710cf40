import { compareDates, toDecimalYear } from './dates';
import type { Dataset } from './types';

/**
 * The first day the data speaks of (YYYY-MM-DD): a recorded figure cannot describe a date
 * before the record begins.
 */
export function dataStartDate(data: Dataset): string {
  const dates = [
    ...data.sources.map((s) => s.publishedOn),
    ...data.events.map((e) => e.date),
    ...data.facts.map((f) => f.date),
  ];
  const first = dates.sort(compareDates)[0];
  if (!first) return '1900-01-01';
  return first.length === 4 ? `${first}-01-01` : first;
}

/**
 * Where a target chart's time axis starts: the first event in the data, or today if earlier.
 * A loop, not Math.min(...spread): a large dataset has thousands of events.
 */
export function chartStartYear(data: Dataset, today: string): number {
  let start = toDecimalYear(today);
  for (const e of data.events) start = Math.min(start, toDecimalYear(e.date));
  return start;
}
