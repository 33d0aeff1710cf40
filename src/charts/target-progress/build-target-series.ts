import { toDecimalYear } from '../../domain/dates';
import { targetEvents } from '../../domain/events';
import type { TargetFigure } from '../../domain/figures';
import { assessPace, pathValueAt, projectPace } from '../../domain/pace';
import type { PolicyEvent, Target } from '../../domain/types';

/** One x position on the chart; each series fills only the keys it has there. */
export interface TargetPoint {
  x: number;
  target?: number;
  approximate?: boolean;
  recorded?: number;
  path?: number;
  projection?: number;
}

/** What the chart writes on itself: each only where the data supports it. */
export interface TargetAnnotations {
  latest: { x: number; value: number; asOf: string } | null;
  /** The next milestone after the latest figure, and how far that figure is from it. */
  gap: { x: number; target: number; approximate: boolean; remaining: number; share: number | null } | null;
  /** Where the steady path from the first figure through the milestones says we should be today. */
  pathToday: { x: number; value: number } | null;
  /** The pace so far carried on to each milestone year; `below` that year's target, its label goes under it. */
  projections: { x: number; value: number; below: boolean }[];
  /** The target's resolution's events, numbered in date order; `row` staggers marks that are close. */
  events: { x: number; number: number; row: number; event: PolicyEvent }[];
}

export interface TargetSeries {
  points: TargetPoint[];
  domain: [number, number];
  hasRecorded: boolean;
  hasProjection: boolean;
  annotations: TargetAnnotations;
}

/** Marks closer than this share of the axis go on the next row, up to three rows. */
const EVENT_SPACING = 0.04;

/**
 * The series of a target chart: the target milestones, the recorded figures, the steady path from
 * the first recorded figure through each milestone ahead of it, and the pace so far projected from
 * the latest figure to each milestone year. With no recorded figure there is no path, projection or
 * gap: a baseline no one recorded is never drawn.
 */
export function buildTargetSeries(
  target: Target,
  figures: TargetFigure[],
  startYear: number,
  { today, events = [] }: { today: string; events?: PolicyEvent[] },
): TargetSeries {
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

  const pace = assessPace(target, own, today);
  const { first, latest, next } = pace;
  if (first) {
    const from = toDecimalYear(first.asOf);
    at(from).path = first.value;
    for (const m of milestones) if (m.year > from) at(m.year).path = m.value;
  }
  const projected = projectPace(target, pace);
  if (latest && projected.length > 0) {
    at(toDecimalYear(latest.asOf)).projection = latest.value;
    for (const p of projected) at(p.year).projection = p.value;
  }

  const points = [...byX.values()].sort((a, b) => a.x - b.x);
  const xs = points.map((p) => p.x);
  const domain: [number, number] = [Math.floor(Math.min(startYear, ...xs)), Math.ceil(Math.max(...xs))];
  const now = toDecimalYear(today);
  const pathNow = pathValueAt(target, first, now);

  let previous: { x: number; row: number } | null = null;
  const marks: TargetAnnotations['events'] = [];
  for (const event of targetEvents(target, events)) {
    const x = toDecimalYear(event.date);
    if (x < domain[0] || x > domain[1]) continue;
    const close: boolean = previous !== null && x - previous.x < (domain[1] - domain[0]) * EVENT_SPACING;
    const row: number = close && previous ? (previous.row + 1) % 3 : 0;
    marks.push({ x, number: marks.length + 1, row, event });
    previous = { x, row };
  }

  return {
    points,
    domain,
    hasRecorded: own.length > 0,
    hasProjection: projected.length > 0,
    annotations: {
      latest: latest ? { x: toDecimalYear(latest.asOf), value: latest.value, asOf: latest.asOf } : null,
      gap:
        latest && next && pace.remaining !== null
          ? { x: next.year, target: next.value, approximate: next.approximate, remaining: pace.remaining, share: pace.share }
          : null,
      pathToday: pathNow === null ? null : { x: now, value: pathNow },
      projections: projected.map((p) => ({
        x: p.year,
        value: p.value,
        below: p.value < (milestones.find((m) => m.year === p.year)?.value ?? p.value),
      })),
      events: marks,
    },
  };
}

/** The axis's top: room above the highest mark, in four round steps (0, 50, 100, 150, 200). */
export function niceTop(highest: number): number {
  if (!(highest > 0)) return 4;
  const step = (highest * 1.1) / 4;
  const power = 10 ** Math.floor(Math.log10(step || 1));
  const nice = [1, 1.5, 2, 2.5, 3, 4, 5, 7.5, 10].find((m) => m * power >= step) ?? 10;
  return nice * power * 4;
}
