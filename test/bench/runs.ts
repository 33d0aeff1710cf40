/**
 * Several runs of one size, folded into one row: each measure is the median of the runs, and
 * its spread (lowest and highest) travels with it. Budgets read the medians; nothing is measured
 * again because a budget was missed.
 */
import { median, type SizeFigures } from './budgets';

export type Measure = Exclude<keyof SizeFigures, 'size' | 'filterSamplesMs'>;
export interface Spread {
  min: number;
  max: number;
}
export interface CombinedFigures extends SizeFigures {
  runs: number;
  spread: Record<Measure, Spread>;
}

export function combineRuns(runs: SizeFigures[]): CombinedFigures {
  const first = runs[0];
  if (!first) throw new Error('no run to combine');
  if (runs.some((r) => r.size !== first.size)) throw new Error('runs of different sizes cannot be combined');
  const measures = (Object.keys(first) as (keyof SizeFigures)[]).filter(
    (k): k is Measure => k !== 'size' && k !== 'filterSamplesMs',
  );
  const combined = { ...first, runs: runs.length, filterSamplesMs: runs.flatMap((r) => r.filterSamplesMs), spread: {} } as CombinedFigures;
  for (const key of measures) {
    const values = runs.map((r) => r[key]);
    combined[key] = median(values);
    combined.spread[key] = { min: Math.min(...values), max: Math.max(...values) };
  }
  return combined;
}
