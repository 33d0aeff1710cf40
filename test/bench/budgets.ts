/** The budgets issues 5 and 13 name, and the check the benchmark's exit code follows. */
export interface SizeFigures {
  size: string;
  floorMs: number;
  firstChartMs: number;
  lcpMs: number;
  filterMedianMs: number;
  filterWorstMs: number;
  /** Every filter change, in order, for looking into a bad worst case. */
  filterSamplesMs: number[];
  /** Until the last change a filter caused was painted (charts follow the lists by a frame). */
  filterSettledMedianMs: number;
  /** The slowest of those: what the user waits for, charts included. */
  filterSettledWorstMs: number;
  timelineMs: number;
  presentMs: number;
  /** A clicker's press in presentation mode (→ and ← in turn), to the slide painted: median of 5. */
  nextSlideMs: number;
  heapMb: number;
  longTasksLoad: number;
  longestTaskLoadMs: number;
  longestTaskFilteringMs: number;
}

export interface Budget {
  name: string;
  limit: number;
  unit: 'ms' | 'MB' | 'KB' | '× floor';
  /** Which measured number of a size the budget reads. */
  read: (f: SizeFigures) => number;
  /** The sizes it holds for; every size when absent. */
  sizes?: readonly string[];
}

export const BUDGETS: Budget[] = [
  // Issue 5, every size.
  { name: 'filter to paint, median', limit: 100, unit: 'ms', read: (f) => f.filterMedianMs },
  { name: 'filter to paint, worst of 20', limit: 200, unit: 'ms', read: (f) => f.filterWorstMs },
  { name: 'first chart painted', limit: 2_500, unit: 'ms', read: (f) => f.firstChartMs },
  { name: 'JS heap after load', limit: 250, unit: 'MB', read: (f) => f.heapMb },
  { name: 'longest task while filtering', limit: 200, unit: 'ms', read: (f) => f.longestTaskFilteringMs },
  // Issue 13: what the user waits for, on the sizes it names.
  { name: 'filter → everything updated, median', limit: 100, unit: 'ms', read: (f) => f.filterSettledMedianMs, sizes: ['large'] },
  { name: 'filter → everything updated, worst of 20', limit: 200, unit: 'ms', read: (f) => f.filterSettledWorstMs, sizes: ['large'] },
  { name: 'longest task while loading', limit: 200, unit: 'ms', read: (f) => f.longestTaskLoadMs, sizes: ['large'] },
  { name: 'first chart painted', limit: 1_500, unit: 'ms', read: (f) => f.firstChartMs, sizes: ['large'] },
  { name: 'first chart painted', limit: 3, unit: '× floor', read: (f) => f.firstChartMs / f.floorMs, sizes: ['small'] },
];

/** Issue 13's goal for the first view's JavaScript (index.html's module scripts and modulepreloads, gzipped). */
export const INITIAL_JS_BUDGET_KB = 150;

export interface Verdict {
  budget: string;
  size: string;
  value: number;
  limit: number;
  unit: string;
  ok: boolean;
}

export function checkBudgets(sizes: SizeFigures[], initialJsKb: number): Verdict[] {
  return [
    { budget: 'initial JS (gzip)', size: 'all', value: initialJsKb, limit: INITIAL_JS_BUDGET_KB, unit: 'KB', ok: initialJsKb <= INITIAL_JS_BUDGET_KB },
    ...sizes.flatMap((f) =>
      BUDGETS.filter((b) => !b.sizes || b.sizes.includes(f.size)).map((b) => {
        const value = b.read(f);
        return { budget: b.name, size: f.size, value, limit: b.limit, unit: b.unit, ok: Number.isFinite(value) && value <= b.limit };
      }),
    ),
  ];
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
