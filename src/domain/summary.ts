import { STATUSES } from './vocabulary';
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
  // One pass over the commitments, not one per resolution: 200 × 10,000 adds up.
  const byResolution = new Map<string, Commitment[]>();
  for (const c of commitments) {
    // A meeting's request or pledge belongs to no resolution's own list (it would count twice).
    if (c.resolutionId === null) continue;
    const list = byResolution.get(c.resolutionId);
    if (list) list.push(c);
    else byResolution.set(c.resolutionId, [c]);
  }
  return resolutions.map((resolution) => {
    const own = byResolution.get(resolution.id) ?? [];
    let tasks = 0;
    for (const c of own) if (c.kind === 'task') tasks += 1;
    return { resolution, commitments: own, tasks, measures: own.length - tasks, byStatus: countByStatus(own) };
  });
}
