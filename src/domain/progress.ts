import { toDecimalYear } from './dates';
import type { TargetFigure } from './figures';
import type { Milestone, Target } from './types';

export interface TargetProgress {
  latest: TargetFigure | null;
  /** The first milestone still ahead of the latest figure (or of today, with no figure). */
  next: Milestone | null;
  /** How much is left to reach `next` from the latest figure. */
  remaining: number | null;
  /** Units a year still needed to reach `next` on time, from the latest figure. */
  paceNeeded: number | null;
  /** latest / next, 0..1+ */
  share: number | null;
}

export function latestFigure(figures: TargetFigure[]): TargetFigure | null {
  return figures.reduce<TargetFigure | null>(
    (best, f) => (best === null || f.asOf > best.asOf ? f : best),
    null,
  );
}

/**
 * Progress of one target. Without a recorded figure there is no baseline, so no pace and no
 * share: the dashboard never invents a starting point.
 */
export function computeProgress(target: Target, figures: TargetFigure[], today: string): TargetProgress {
  const own = figures.filter((f) => f.targetId === target.id);
  const latest = latestFigure(own);
  const from = latest ? toDecimalYear(latest.asOf) : toDecimalYear(today);
  const next = [...target.milestones].sort((a, b) => a.year - b.year).find((m) => m.year > from) ?? null;
  if (!latest || !next) return { latest, next, remaining: null, paceNeeded: null, share: null };
  const remaining = next.value - latest.value;
  return {
    latest,
    next,
    remaining,
    paceNeeded: remaining / (next.year - from),
    share: next.value === 0 ? null : latest.value / next.value,
  };
}
