import type { FilteredDataset } from '../../../domain/filters';
import type { Source } from '../../../domain/types';

/** The sources behind what a filtered timeline shows (its events and the commitments falling due or on a plan's horizon), each once. */
export function timelineSources(filtered: FilteredDataset, sources: Source[]): Source[] {
  const ids = new Set<string>();
  for (const e of filtered.events) e.citations.forEach((c) => ids.add(c.sourceId));
  for (const c of filtered.commitments)
    if (c.dueYear !== null || (c.horizonYear != null && c.resolutionId !== null)) c.citations.forEach((x) => ids.add(x.sourceId));
  for (const t of filtered.targets) t.milestones.forEach((m) => m.citations.forEach((x) => ids.add(x.sourceId)));
  return sources.filter((s) => ids.has(s.id));
}
