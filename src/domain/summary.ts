import { STATUSES } from './schema';
import type { Commitment, Resolution, Status } from './types';

export type StatusCounts = Record<Status, number>;

export const emptyCounts = (): StatusCounts =>
  Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;

export function countByStatus(commitments: Commitment[]): StatusCounts {
  const counts = emptyCounts();
  for (const c of commitments) counts[c.status] += 1;
  return counts;
}

export interface ResolutionSummary {
  resolution: Resolution;
  commitments: Commitment[];
  tasks: number;
  measures: number;
  byStatus: StatusCounts;
}

/** Commitments per status for each resolution, in the order the resolutions are given. */
export function summariseResolutions(resolutions: Resolution[], commitments: Commitment[]): ResolutionSummary[] {
  return resolutions.map((resolution) => {
    const own = commitments.filter((c) => c.resolutionId === resolution.id);
    return {
      resolution,
      commitments: own,
      tasks: own.filter((c) => c.kind === 'task').length,
      measures: own.filter((c) => c.kind === 'measure').length,
      byStatus: countByStatus(own),
    };
  });
}
