import { buildStatusSeries, type StatusSeries } from '../../src/charts/status-bars/build-status-series';
import { summariseResolutions } from '../../src/domain/summary';
import type { Status } from '../../src/domain/types';
import { commitment, resolution } from './dataset';

/** A status chart's series for resolutions with these many commitments in each status, each labelled by its id. */
export function statusSeries(counts: Record<string, Partial<Record<Status, number>>>): StatusSeries {
  const resolutions = Object.keys(counts).map((id) => resolution(id));
  const commitments = Object.entries(counts).flatMap(([id, byStatus]) =>
    Object.entries(byStatus).flatMap(([status, n]) =>
      Array.from({ length: n }, (_, k) => commitment(`${id}-${status}-${k}`, { resolutionId: id, status: status as Status })),
    ),
  );
  return buildStatusSeries(summariseResolutions(resolutions, commitments), (s) => s.resolution.id);
}
