import { STATUSES } from '../../domain/vocabulary';
import type { ResolutionSummary } from '../../domain/summary';
import type { Status } from '../../domain/types';

export type StatusRow = { id: string; label: string; total: number } & Record<Status, number>;

export interface StatusSeries {
  rows: StatusRow[];
  /** Only the statuses that occur, so the legend lists nothing empty. */
  statuses: Status[];
}

export function buildStatusSeries(summaries: ResolutionSummary[], label: (s: ResolutionSummary) => string): StatusSeries {
  const rows = summaries.map((s) => ({
    id: s.resolution.id,
    label: label(s),
    total: STATUSES.reduce((sum, status) => sum + s.byStatus[status], 0),
    ...s.byStatus,
  }));
  return { rows, statuses: STATUSES.filter((status) => rows.some((r) => r[status] > 0)) };
}

/** A count is printed on its segment only when the segment is wide enough to hold it. */
export function labelsSegment(series: StatusSeries, value: number, minShare = 0.06): boolean {
  const widest = Math.max(0, ...series.rows.map((r) => r.total));
  return value > 0 && widest > 0 && value / widest >= minShare;
}

/** The resolutions a chart does not draw as bars of their own, and whether their sum is a bar. */
export interface FoldedRows {
  /** Resolutions drawn as bars of their own. */
  named: number;
  count: number;
  total: number;
  drawn: boolean;
}

/**
 * The rows a chart can show legibly: with more than `maxBars` resolutions, the largest
 * `maxBars - 1` by commitments and one row for all the others together (the table lists each).
 * That row is drawn only while it is no longer than the longest named one: on one scale, a row
 * for 39 resolutions of 40 commitments each left the named bars as slivers. The chart then
 * draws `maxBars` named rows, and its caption says the others are in the table.
 */
export function chartRows(series: StatusSeries, maxBars: number, othersLabel: (count: number) => string): { rows: StatusRow[]; folded: FoldedRows | null } {
  if (series.rows.length <= maxBars) return { rows: series.rows, folded: null };
  const ranked = [...series.rows].sort((a, b) => b.total - a.total);
  const inOrder = (shown: StatusRow[]) => {
    const ids = new Set(shown.map((r) => r.id));
    return series.rows.filter((r) => ids.has(r.id));
  };
  const rest = ranked.slice(maxBars - 1);
  const others = { id: 'others', label: othersLabel(rest.length), total: 0 } as StatusRow;
  for (const status of STATUSES) others[status] = rest.reduce((n, r) => n + r[status], 0);
  others.total = rest.reduce((n, r) => n + r.total, 0);
  if (others.total <= ranked[0]!.total) {
    return { rows: [...inOrder(ranked.slice(0, maxBars - 1)), others], folded: { named: maxBars - 1, count: rest.length, total: others.total, drawn: true } };
  }
  const left = ranked.slice(maxBars);
  return { rows: inOrder(ranked.slice(0, maxBars)), folded: { named: maxBars, count: left.length, total: left.reduce((n, r) => n + r.total, 0), drawn: false } };
}

/** The chart's height for its rows (and legend), so the space it takes is kept while it loads. */
export const statusChartHeight = (series: StatusSeries, minHeight = 160) => Math.max(minHeight, 48 * series.rows.length + 60);
