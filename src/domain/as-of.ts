import type { TargetFigure } from './figures';
import type { AssessmentRecord } from './records';
import type { Dataset } from './types';

/**
 * The date the data speaks for: the dataset's own date, or a later recorded figure or assessment.
 * Slides and the report say "as of" this, never the day they are shown.
 */
export function dataAsOf(data: Dataset, figures: readonly TargetFigure[], assessments: ReadonlyMap<string, readonly AssessmentRecord[]>): string {
  let latest = data.updatedOn;
  for (const f of figures) if (f.asOf > latest) latest = f.asOf;
  for (const list of assessments.values()) for (const a of list) if (a.date > latest) latest = a.date;
  return latest;
}
