import { toDecimalYear } from '../../domain/dates';
import type { RecordedFigure } from '../../domain/figures';
import type { Target } from '../../domain/types';

/** One x position on the chart; each series fills only the keys it has there. */
export interface TargetPoint {
  x: number;
  target?: number;
  approximate?: boolean;
  recorded?: number;
  path?: number;
}

export interface TargetSeries {
  points: TargetPoint[];
  domain: [number, number];
  hasRecorded: boolean;
}

/**
 * The series of a target chart: the target milestones, the recorded figures, and the straight
 * path from the latest recorded figure through each milestone still ahead. With no recorded
 * figure there is no path: a baseline no one recorded is never drawn.
 */
export function buildTargetSeries(target: Target, figures: RecordedFigure[], startYear: number): TargetSeries {
  const own = figures.filter((f) => f.targetId === target.id).sort((a, b) => a.asOf.localeCompare(b.asOf));
  const byX = new Map<number, TargetPoint>();
  const at = (x: number) => {
    let p = byX.get(x);
    if (!p) byX.set(x, (p = { x }));
    return p;
  };
  const milestones = [...target.milestones].sort((a, b) => a.year - b.year);
  for (const m of milestones) Object.assign(at(m.year), { target: m.value, approximate: m.approximate });
  for (const f of own) at(toDecimalYear(f.asOf)).recorded = f.value;

  const latest = own.at(-1);
  if (latest) {
    const from = toDecimalYear(latest.asOf);
    at(from).path = latest.value;
    for (const m of milestones) if (m.year > from) at(m.year).path = m.value;
  }
  const points = [...byX.values()].sort((a, b) => a.x - b.x);
  const xs = points.map((p) => p.x);
  return {
    points,
    domain: [Math.floor(Math.min(startYear, ...xs)), Math.ceil(Math.max(...xs))],
    hasRecorded: own.length > 0,
  };
}
