import { byId, pick } from '../../../domain/by-id';
import type { FilteredDataset } from '../../../domain/filters';
import type { Slide } from '../../../domain/slides';
import type { Citation, Dataset, Source } from '../../../domain/types';

/** The citations behind what a slide shows. */
export function slideCitations(slide: Slide, data: Dataset, filtered: FilteredDataset): Citation[] {
  const commitments = (ids: string[]) => pick(filtered.commitments, ids);
  switch (slide.kind) {
    case 'title':
      return filtered.resolutions.flatMap((r) => r.citations);
    case 'headline':
      return filtered.targets.flatMap((t) => t.milestones.flatMap((m) => m.citations));
    case 'status':
    case 'attention':
      return commitments(slide.commitmentIds).flatMap((c) => c.citations);
    case 'target':
      return byId(data.targets).get(slide.targetId)?.milestones.flatMap((m) => m.citations) ?? [];
    case 'deadline-counts':
      return filtered.commitments.filter((c) => c.dueYear !== null).flatMap((c) => c.citations);
    case 'since-meeting':
    case 'open-actions':
      // The team's own records: the slide names them itself.
      return [];
    case 'deadlines':
      return [
        ...filtered.commitments.filter((c) => c.dueYear !== null && c.parentId === null).flatMap((c) => c.citations),
        ...filtered.targets.flatMap((t) => t.milestones.flatMap((m) => m.citations)),
      ];
  }
}

/** The sources a slide names in its footer: each once, in the dataset's order. */
export function slideSources(slide: Slide, data: Dataset, filtered: FilteredDataset): Source[] {
  const ids = new Set(slideCitations(slide, data, filtered).map((c) => c.sourceId));
  return data.sources.filter((s) => ids.has(s.id));
}
