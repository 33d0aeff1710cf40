import { STATUSES } from '../../domain/schema';
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
