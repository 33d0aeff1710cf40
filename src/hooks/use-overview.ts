import { useCallback } from 'react';
import { statusChartBasis } from '../domain/status-chart-basis';
import { parsePartialDate } from '../domain/dates';
import { upcomingDeadlines } from '../domain/deadlines';
import { recentEvents } from '../domain/events';
import { applyFilters } from '../domain/filters';
import type { RecordedFigure } from '../domain/figures';
import { computeProgress, type TargetProgress } from '../domain/progress';
import type { Target } from '../domain/types';
import { summariseResolutions } from '../domain/summary';
import { useToday } from './use-today';
import { useFilters } from './use-filters';
import { useMergedDataset, type Merged } from './use-merged-dataset';

export const RECENT_EVENTS = 5;

/** A target's progress changes only with its figures or the day: keep it across filter changes. */
const progressCache = new WeakMap<Target, { figures: RecordedFigure[] | undefined; today: string; progress: TargetProgress }>();
function progressOf(target: Target, figures: RecordedFigure[] | undefined, today: string): TargetProgress {
  const hit = progressCache.get(target);
  if (hit && hit.figures === figures && hit.today === today) return hit.progress;
  const progress = computeProgress(target, figures ?? [], today);
  progressCache.set(target, { figures, today, progress });
  return progress;
}

/**
 * Everything the overview shows, computed once per (dataset, records, filters, day) inside the
 * query's select, so a re-render that changes none of them hands the panels the same objects
 * and the memoised panels (and their charts) skip their work.
 */
export function useOverview() {
  const { filters } = useFilters();
  const today = useToday();
  const select = useCallback(
    (merged: Merged) => {
      const { data, figuresByTarget, assessments } = merged;
      const filtered = applyFilters(data, filters);
      return {
        data,
        filtered,
        summaries: summariseResolutions(filtered.resolutions, filtered.commitments),
        basis: statusChartBasis(filtered.commitments, data.sources, assessments, data.updatedOn),
        deadlines: upcomingDeadlines(filtered.resolutions, filtered.commitments, filtered.targets, parsePartialDate(today).year),
        targets: filtered.targets.map((target) => ({ target, progress: progressOf(target, figuresByTarget.get(target.id), today) })),
        events: recentEvents(filtered.events, today, RECENT_EVENTS),
      };
    },
    [filters, today],
  );
  return useMergedDataset(select);
}
