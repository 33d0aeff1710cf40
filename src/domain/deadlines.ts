import type { Commitment, Milestone, Resolution, Target } from './types';

export interface Deadline {
  year: number;
  resolution: Resolution;
  /** Due that year: a source ties each to it. */
  commitments: Commitment[];
  /** No deadline of their own; the plan they belong to runs to that year. */
  onHorizon: Commitment[];
  milestones: { target: Target; milestone: Milestone }[];
}

/**
 * Deadlines from `fromYear` on, one entry per resolution and year, soonest first: a resolution
 * whose twenty measures are all due in 2030 is one deadline, not twenty. A plan's horizon is kept
 * apart from what is due, so nothing is shown as due that no source sets a deadline for.
 */
export function upcomingDeadlines(
  resolutions: Resolution[],
  commitments: Commitment[],
  targets: Target[],
  fromYear: number,
): Deadline[] {
  const byKey = new Map<string, Deadline>();
  const byId = new Map(resolutions.map((r) => [r.id, r]));
  const entry = (resolutionId: string, year: number) => {
    const resolution = byId.get(resolutionId);
    if (!resolution || year < fromYear) return null;
    const key = `${year}|${resolutionId}`;
    let d = byKey.get(key);
    if (!d) byKey.set(key, (d = { year, resolution, commitments: [], onHorizon: [], milestones: [] }));
    return d;
  };
  for (const c of commitments) {
    if (c.resolutionId === null) continue;
    if (c.dueYear !== null) entry(c.resolutionId, c.dueYear)?.commitments.push(c);
    else if (c.horizonYear != null) entry(c.resolutionId, c.horizonYear)?.onHorizon.push(c);
  }
  for (const target of targets)
    for (const milestone of target.milestones) entry(target.resolutionId, milestone.year)?.milestones.push({ target, milestone });
  const order = new Map(resolutions.map((r, i) => [r.id, i]));
  return [...byKey.values()].sort(
    (a, b) => a.year - b.year || (order.get(a.resolution.id) ?? 0) - (order.get(b.resolution.id) ?? 0),
  );
}
