import type { FilteredDataset } from './filters';

export type Slide =
  | { kind: 'title' }
  | { kind: 'overview' }
  | { kind: 'resolution'; resolutionId: string }
  | { kind: 'target'; targetId: string }
  | { kind: 'timeline' };

/**
 * The deck for what the filters show: a title, the overview, each resolution with its tasks,
 * each target chart, then the timeline. A resolution with nothing to show gets no slide.
 */
export function buildSlides(filtered: FilteredDataset): Slide[] {
  const withCommitments = new Set(filtered.commitments.map((c) => c.resolutionId));
  return [
    { kind: 'title' },
    { kind: 'overview' },
    ...filtered.resolutions
      .filter((r) => withCommitments.has(r.id))
      .map((r): Slide => ({ kind: 'resolution', resolutionId: r.id })),
    ...filtered.targets.map((t): Slide => ({ kind: 'target', targetId: t.id })),
    ...(filtered.events.length + filtered.commitments.length > 0 ? [{ kind: 'timeline' } as const] : []),
  ];
}

/** The slide number a URL asks for, kept inside the deck (1-based, as people count slides). */
export function clampSlide(requested: string | null, count: number): number {
  const n = Number(requested);
  if (!Number.isInteger(n) || n < 1) return 1;
  return Math.min(n, Math.max(1, count));
}
