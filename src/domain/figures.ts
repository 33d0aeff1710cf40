import type { Dataset } from './types';

/** A figure against a numeric target, as every view reads it: recorded by a user (a FigureRecord) or published with the dataset (a PublishedFigure). */
export interface TargetFigure {
  id: string;
  targetId: string;
  value: number;
  /** YYYY-MM-DD: the date the figure describes. */
  asOf: string;
  source: { text: string; url?: string };
  note?: string;
  /** Published with the dataset: read-only, cited like every published item. */
  published?: true;
}

/** The dataset's own figures, in the shape user figures have, their source named in full. */
export function publishedFigures(data: Dataset): TargetFigure[] {
  if (!data.figures?.length) return [];
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  return data.figures.map((f) => {
    const citation = f.citations[0]!;
    const src = sources.get(citation.sourceId);
    return {
      id: f.id,
      targetId: f.targetId,
      value: f.value,
      asOf: f.asOf,
      source: src ? { text: `${src.publisher}, ${src.title}`, ...(src.url ? { url: src.url } : {}) } : { text: citation.sourceId },
      note: citation.quote,
      published: true,
    };
  });
}

/** Oldest first; plain comparison, since ISO dates sort as strings (and localeCompare is slow at 100,000). */
export const byAsOf = (a: TargetFigure, b: TargetFigure) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0);

/** Figures grouped by target, each list oldest first. */
export function groupByTarget(figures: TargetFigure[]): Map<string, TargetFigure[]> {
  const byTarget = new Map<string, TargetFigure[]>();
  for (const f of figures) {
    const list = byTarget.get(f.targetId);
    if (list) list.push(f);
    else byTarget.set(f.targetId, [f]);
  }
  return byTarget;
}
