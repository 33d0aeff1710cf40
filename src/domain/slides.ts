import { upcomingDeadlines } from './deadlines';
import type { FilteredDataset } from './filters';
import type { Commitment } from './types';

export type Slide =
  | { kind: 'title' }
  | { kind: 'headline' }
  /** A grid of tasks with their status: one resolution's, or several small ones' together. */
  | { kind: 'status'; resolutionIds: string[]; commitmentIds: string[] }
  | { kind: 'target'; targetId: string }
  /** Commitments assessed at risk or off track, with their justification. */
  | { kind: 'attention'; commitmentIds: string[] }
  | { kind: 'deadlines' }
  /** Done on time, done late, open, overdue: the Government Office's counts for today. */
  | { kind: 'deadline-counts' }
  /** What changed since the last meeting: the changes from `first`, `count` of them. */
  | { kind: 'since-meeting'; first: number; count: number }
  /** Open decisions, overdue first. */
  | { kind: 'open-actions'; decisionIds: string[] };

/** What the review meetings add to the deck: whether one was held, how many changes since, the open decisions in order. */
export interface MeetingReview {
  held: boolean;
  changes: number;
  openDecisionIds: readonly string[];
}

export const NO_REVIEW: MeetingReview = { held: false, changes: 0, openDecisionIds: [] };

/** A resolution with fewer tasks than this shares its status slide with the other small ones. */
export const OWN_GRID_FROM = 3;
/** At most this many tasks on one status grid (3 × 2 at 1080p, text at 28 px). */
export const GRID_MAX = 6;
/** At most this many at-risk items a slide, each with its justification. */
export const ATTENTION_MAX = 3;
/** At most this many changes a slide, each a sentence or two. */
export const CHANGES_MAX = 4;
/** At most this many open actions a slide. */
export const ACTIONS_MAX = 4;

const chunk = <T,>(list: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

const isTask = (c: Commitment) => c.parentId === null;
export const needsAttention = (c: Commitment) => c.status === 'at_risk' || c.status === 'off_track';

/**
 * The deck for what the filters show, one message a slide: the title, the headline figures, the
 * status of each resolution's tasks, each target, what is at risk or off track, the next deadlines;
 * once a meeting has been held, what changed since and the open actions come after the headline.
 * A slide with nothing to say is left out, so none is half empty.
 */
export function buildSlides(
  filtered: FilteredDataset,
  fromYear: number,
  review: MeetingReview = NO_REVIEW,
  /** Whether the deadline counts have news: a team's due date set, or something done or overdue. */
  withDeadlineCounts = false,
): Slide[] {
  const slides: Slide[] = [{ kind: 'title' }];
  if (filtered.targets.length + filtered.commitments.length > 0) slides.push({ kind: 'headline' });
  // A review opens with what changed since last time and who was to do what.
  if (review.held)
    for (let first = 0; first === 0 || first < review.changes; first += CHANGES_MAX)
      slides.push({ kind: 'since-meeting', first, count: Math.min(CHANGES_MAX, review.changes - first) });
  for (const part of chunk([...review.openDecisionIds], ACTIONS_MAX)) slides.push({ kind: 'open-actions', decisionIds: part });

  const tasksOf = (id: string) => filtered.commitments.filter((c) => c.resolutionId === id && isTask(c)).sort((a, b) => a.order - b.order);
  const pooled: Commitment[] = [];
  const pooledResolutions: string[] = [];
  for (const r of filtered.resolutions) {
    const tasks = tasksOf(r.id);
    if (tasks.length >= OWN_GRID_FROM)
      for (const part of chunk(tasks, GRID_MAX)) slides.push({ kind: 'status', resolutionIds: [r.id], commitmentIds: part.map((c) => c.id) });
    else if (tasks.length > 0) {
      pooled.push(...tasks);
      pooledResolutions.push(r.id);
    }
  }
  for (const part of chunk(pooled, GRID_MAX)) {
    const ids = new Set(part.map((c) => c.resolutionId));
    slides.push({ kind: 'status', resolutionIds: pooledResolutions.filter((id) => ids.has(id)), commitmentIds: part.map((c) => c.id) });
  }

  for (const t of filtered.targets) slides.push({ kind: 'target', targetId: t.id });
  const attention = filtered.commitments.filter(needsAttention);
  // Off track first: the worse news leads.
  attention.sort((a, b) => (a.status === b.status ? 0 : a.status === 'off_track' ? -1 : 1));
  for (const part of chunk(attention, ATTENTION_MAX)) slides.push({ kind: 'attention', commitmentIds: part.map((c) => c.id) });
  if (upcomingDeadlines(filtered.resolutions, filtered.commitments, filtered.targets, fromYear).length > 0) slides.push({ kind: 'deadlines' });
  if (withDeadlineCounts) slides.push({ kind: 'deadline-counts' });
  return slides;
}

/** The slide number a URL asks for, kept inside the deck (1-based, as people count slides). */
export function clampSlide(requested: string | null, count: number): number {
  const n = Number(requested);
  if (!Number.isInteger(n) || n < 1) return 1;
  return Math.min(n, Math.max(1, count));
}
