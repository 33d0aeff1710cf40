import type { RecordedFigure } from '../domain/figures';

const NONE: RecordedFigure[] = [];

/**
 * The figures users have recorded. Recording arrives with the records store; until then there
 * are none, and every chart says so rather than drawing an invented baseline.
 */
export function useRecordedFigures(): RecordedFigure[] {
  return NONE;
}
