import { useDeferredValue, useMemo } from 'react';
import { statusChartBasis } from '../domain/status-chart-basis';
import { parsePartialDate } from '../domain/dates';
import { upcomingDeadlines } from '../domain/deadlines';
import { recentEvents } from '../domain/events';
import { groupByMeeting } from '../domain/meetings';
import { applyFilters, type Filters } from '../domain/filters';
import { commitmentDeadlines, countDeadlines, statusByUnit } from '../domain/deadline-counts';
import type { TargetFigure } from '../domain/figures';
import { assessmentCounts, nextDeadline, recentChanges, worrying } from '../domain/briefing';
import { assessPace, type TargetPace } from '../domain/pace';
import type { Target } from '../domain/types';
import { summariseResolutions } from '../domain/summary';
import { useToday } from './use-today';
import { useFilters } from './use-filters';
import { useMergedDataset, type MergedRecords } from './use-merged-dataset';

export const RECENT_EVENTS = 5;
/** What the briefing lists under "What changed lately". */
export const RECENT_CHANGES = 3;

/** A target's pace changes only with its figures or the day: keep it across filter changes. */
const paceCache = new WeakMap<Target, { figures: TargetFigure[] | undefined; today: string; pace: TargetPace }>();
function paceOf(target: Target, figures: TargetFigure[] | undefined, today: string): TargetPace {
  const hit = paceCache.get(target);
  if (hit && hit.figures === figures && hit.today === today) return hit.pace;
  const pace = assessPace(target, figures ?? [], today);
  paceCache.set(target, { figures, today, pace });
  return pace;
}

/** Everything the overview shows, for one (dataset, records, filters, day). */
export function computeOverview(merged: MergedRecords, filters: Filters, today: string) {
  const { data, figuresByTarget, assessments } = merged;
  const filtered = applyFilters(data, filters, merged.assignments);
  const deadlines = upcomingDeadlines(filtered.resolutions, filtered.commitments, filtered.targets, parsePartialDate(today).year);
  const rows = commitmentDeadlines(filtered.commitments, merged, today);
  const targets = filtered.targets.map((target) => ({ target, progress: paceOf(target, figuresByTarget.get(target.id), today) }));
  return {
    data,
    filtered,
    summaries: summariseResolutions(filtered.resolutions, filtered.commitments),
    basis: statusChartBasis(filtered.commitments, data.sources, assessments, data.updatedOn),
    deadlines,
    targets,
    briefing: {
      today,
      targets,
      next: nextDeadline(deadlines, today),
      counts: assessmentCounts(filtered.commitments),
      worrying: worrying(filtered.commitments),
      changes: recentChanges({ ...filtered, figuresByTarget, assessments }, today, RECENT_CHANGES),
    },
    events: recentEvents(filtered.events, today, RECENT_EVENTS),
    meetings: groupByMeeting(filtered.commitments, data.events),
    deadlineCounts: countDeadlines(rows, filtered.resolutions.map((r) => r.id)),
    unitStatus: statusByUnit(rows),
    today,
    /** Review meetings held (records), as opposed to the dataset's meeting events above. */
    hasMeetings: merged.meetings.length > 0,
  };
}

/**
 * The overview, computed once per (dataset, records, filters, day), so a re-render that changes
 * none of them hands the panels the same objects and the memoised panels (and their charts) skip
 * their work. Computed as the view renders, from the merged data deferred: when the dataset
 * arrives, React renders the overview as a transition, in slices, in a task of its own rather
 * than in the one that received the data (on the large dataset that task held the page for
 * 210-250 ms). While hydrating, and for a filter (the router's navigations are transitions
 * already), it is the data itself.
 */
export function useOverview() {
  const { filters } = useFilters();
  const today = useToday();
  const query = useMergedDataset();
  const merged = useDeferredValue(query.data);
  const data = useMemo(() => (merged ? computeOverview(merged, filters, today) : undefined), [merged, filters, today]);
  return { ...query, data };
}
