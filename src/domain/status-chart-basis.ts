import { compareDates } from './dates';
import type { AssessmentRecord, RecordSource } from './records';
import type { Commitment, Source } from './types';

export interface StatusChartBasis {
  /** The newest of the dataset's date and the latest assessment behind a status shown. */
  asOf: string;
  /** The published (or user-added) sources that list the commitments counted, each once. */
  sources: Source[];
  /** Where the user's assessments behind a status say they come from, each once. */
  assessmentSources: RecordSource[];
}

/** What an exported status chart must say about itself: how recent it is and what it rests on. */
export function statusChartBasis(
  commitments: Commitment[],
  sources: Source[],
  assessments: ReadonlyMap<string, AssessmentRecord[]>,
  updatedOn: string,
): StatusChartBasis {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const cited = new Map<string, Source>();
  for (const c of commitments)
    for (const { sourceId } of c.citations) {
      const source = byId.get(sourceId);
      if (source && !cited.has(sourceId)) cited.set(sourceId, source);
    }
  // Only the newest assessment of each commitment sets the status the chart counts.
  const latest = commitments.flatMap((c) => assessments.get(c.id)?.slice(0, 1) ?? []);
  const asOf = latest.map((a) => a.date).reduce((max, d) => (compareDates(d, max) > 0 ? d : max), updatedOn);
  const assessmentSources = new Map<string, RecordSource>();
  for (const a of latest) if (a.source) assessmentSources.set(`${a.source.text}\n${a.source.url ?? ''}`, a.source);
  return { asOf, sources: [...cited.values()], assessmentSources: [...assessmentSources.values()] };
}
