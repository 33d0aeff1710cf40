/** A figure a user recorded for a numeric target, with its own source. */
export interface RecordedFigure {
  id: string;
  targetId: string;
  value: number;
  /** YYYY-MM-DD: the date the figure describes. */
  asOf: string;
  source: { text: string; url?: string };
  note?: string;
}
