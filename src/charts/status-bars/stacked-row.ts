import type { Status } from '../../domain/types';
import { labelsSegment, type StatusRow, type StatusSeries } from './build-status-series';

/** One status's part of a resolution's bar, in pixels along the count axis. */
export interface Segment {
  status: Status;
  count: number;
  x: number;
  width: number;
  /** Whether the count is printed on the segment (see `segmentLabelFits`). */
  labelled: boolean;
}

/** The width of a label's character and the room around a count, in pixels, at the chart's font size. */
const LABEL_DIGIT_PX = 9;
const LABEL_PADDING_PX = 8;

/** A count printed in the middle of its segment only where the segment is wide enough for it (the table has the rest). */
export const segmentLabelFits = (width: number, text: string) => width >= text.length * LABEL_DIGIT_PX + LABEL_PADDING_PX;

/**
 * A resolution's bar cut into its statuses, left to right in the legend's order: the bar is
 * drawn as one shape (one recharts series rather than one per status, which cost recharts a
 * layout pass and a label list each). A segment's count is printed when there are several
 * statuses, the segment is a fair share of the widest bar and its number fits inside it.
 */
export function rowSegments(series: StatusSeries, row: StatusRow, bar: { x: number; width: number }, text: (count: number) => string): Segment[] {
  if (row.total <= 0) return [];
  const segments: Segment[] = [];
  let x = bar.x;
  for (const status of series.statuses) {
    const count = row[status];
    if (count <= 0) continue;
    const width = (bar.width * count) / row.total;
    const labelled = series.statuses.length > 1 && labelsSegment(series, count) && segmentLabelFits(width, text(count));
    segments.push({ status, count, x, width, labelled });
    x += width;
  }
  return segments;
}
