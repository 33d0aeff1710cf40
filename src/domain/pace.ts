import { toDecimalYear } from './dates';
import type { TargetFigure } from './figures';
import { computeProgress, type TargetProgress } from './progress';
import type { Milestone, Target } from './types';

/**
 * What a meeting asks of a target: will we get there at the pace we have?
 * - `on_track`: the pace so far is at least the pace still needed (or the target is reached);
 * - `behind`: the pace so far is short of it (or a passed deadline was missed);
 * - `no_data`: there is no figure, or only one, so there is no pace to compare.
 */
export type Verdict = 'on_track' | 'behind' | 'no_data';

/** Why the verdict is what it is, so the sentence can say it. */
export type VerdictReason =
  | 'no_figure'
  | 'one_figure'
  | 'reached'
  | 'pace_enough'
  | 'pace_short'
  | 'deadline_missed'
  | 'deadline_met';

export interface TargetPace extends TargetProgress {
  /** The first recorded figure: the baseline the pace so far is measured from. */
  first: TargetFigure | null;
  /** Units a year between the first and the latest figure; null with fewer than two dates. */
  paceSoFar: number | null;
  verdict: Verdict;
  reason: VerdictReason;
}

/** Units a year from the first figure to the latest; null when they share a date or there is one. */
export function paceSoFar(first: TargetFigure | null, latest: TargetFigure | null): number | null {
  if (!first || !latest) return null;
  const years = toDecimalYear(latest.asOf) - toDecimalYear(first.asOf);
  return years > 0 ? (latest.value - first.value) / years : null;
}

function verdictOf(
  progress: TargetProgress,
  first: TargetFigure | null,
  soFar: number | null,
  milestones: Milestone[],
): { verdict: Verdict; reason: VerdictReason } {
  const lastMilestone = milestones.at(-1);
  const { latest, next } = progress;
  if (!latest) return { verdict: 'no_data', reason: 'no_figure' };
  // Which way the target runs, up (more agencies) or down (fewer days of delay): from its
  // milestones when it has several, else from the first figure towards the goal.
  const goal = next ?? lastMilestone;
  if (!goal || !lastMilestone) return { verdict: 'no_data', reason: 'no_figure' };
  const direction = Math.sign(lastMilestone.value - milestones[0]!.value) || Math.sign(goal.value - (first ?? latest).value) || 1;
  const reached = (latest.value - goal.value) * direction >= 0;
  if (!next) return reached ? { verdict: 'on_track', reason: 'deadline_met' } : { verdict: 'behind', reason: 'deadline_missed' };
  if (reached) return { verdict: 'on_track', reason: 'reached' };
  if (soFar === null || progress.paceNeeded === null) return { verdict: 'no_data', reason: 'one_figure' };
  return soFar * direction >= progress.paceNeeded * direction
    ? { verdict: 'on_track', reason: 'pace_enough' }
    : { verdict: 'behind', reason: 'pace_short' };
}

/**
 * Progress, pace so far and verdict of one target. `figures` may hold other targets' figures.
 * Nothing is invented: no figure, no pace; one figure, a pace needed but none so far.
 */
export function assessPace(target: Target, figures: TargetFigure[], today: string): TargetPace {
  const own = figures.filter((f) => f.targetId === target.id);
  const progress = computeProgress(target, own, today);
  const first = own.reduce<TargetFigure | null>((best, f) => (best === null || f.asOf < best.asOf ? f : best), null);
  const soFar = paceSoFar(first, progress.latest);
  const milestones = [...target.milestones].sort((a, b) => a.year - b.year);
  return { ...progress, first, paceSoFar: soFar, ...verdictOf(progress, first, soFar, milestones) };
}

/**
 * Where the steady path from the first figure to the milestones puts the target on `date`
 * (a decimal year): null before the first figure or with none.
 */
export function pathValueAt(target: Target, first: TargetFigure | null, at: number): number | null {
  if (!first) return null;
  const start = toDecimalYear(first.asOf);
  if (at < start) return null;
  let from = { x: start, y: first.value };
  for (const m of [...target.milestones].sort((a, b) => a.year - b.year)) {
    if (m.year <= start) continue;
    if (at <= m.year) return from.y + ((m.value - from.y) * (at - from.x)) / (m.year - from.x);
    from = { x: m.year, y: m.value };
  }
  return null;
}

/** The pace so far carried on from the latest figure to each milestone year still ahead of it. */
export function projectPace(target: Target, pace: Pick<TargetPace, 'latest' | 'paceSoFar'>): { year: number; value: number }[] {
  const { latest, paceSoFar: soFar } = pace;
  if (!latest || soFar === null) return [];
  const from = toDecimalYear(latest.asOf);
  return [...target.milestones]
    .sort((a, b) => a.year - b.year)
    .filter((m) => m.year > from)
    .map((m) => ({ year: m.year, value: latest.value + soFar * (m.year - from) }));
}
