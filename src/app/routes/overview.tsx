import { lazy, memo, Suspense } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import { Island } from '../../components/island';
import { QueryState } from '../../components/query-state';
import { CalendarActions } from '../../features/calendar/components/calendar-actions';
import { BriefingStrip } from '../../features/overview/components/briefing';
import { DeadlineCountsPanel } from '../../features/overview/components/deadline-counts-panel';
import { UnitsStatusPanel } from '../../features/overview/components/units-status-panel';
import { MatchingCommitments } from '../../features/overview/components/matching-commitments';
import { NextDeadlines } from '../../features/overview/components/next-deadlines';
import { MeetingRequests } from '../../features/overview/components/meeting-requests';
import { RecentEvents } from '../../features/overview/components/recent-events';
import { ResolutionsAtAGlance } from '../../features/overview/components/resolutions-at-a-glance';
import { StatedFacts } from '../../features/overview/components/stated-facts';
import { TargetsOverview } from '../../features/overview/components/targets-overview';
import { useAfterPaint } from '../../hooks/use-after-paint';
import { useFormat } from '../../hooks/use-format';
import { useOverview } from '../../hooks/use-overview';
import type { DeadlineReport, UnitStatusReport } from '../../domain/deadline-counts';
import type { Resolution } from '../../domain/types';
import { isFiltering } from '../../domain/filters';
import { useFilters } from '../../hooks/use-filters';
import { FilteredNotice } from '../filtered-notice';

/** Loaded once a meeting has been held: the first view of a tracker with none stays as light as it was. */
const SinceLastMeeting = lazy(() => import('../../features/overview/components/since-last-meeting').then((m) => ({ default: m.SinceLastMeeting })));

/** One element for every render: the deadlines panel, memoised, then skips renders that change nothing of its own. */
const calendarFooter = <CalendarActions />;

/**
 * The Government Office's counts and the units' status are below the fold and redraw whole
 * tables: they follow a filter a frame after the lists, so the lists answer first. Their own
 * component, so that render redraws them alone, not the overview around them.
 */
const HeldBackPanels = memo(function HeldBackPanels({ deadlineCounts, unitStatus, resolutions, today }: {
  deadlineCounts: DeadlineReport;
  unitStatus: UnitStatusReport;
  resolutions: Resolution[];
  today: string;
}) {
  const counts = useAfterPaint(deadlineCounts);
  const units = useAfterPaint(unitStatus);
  const countedResolutions = useAfterPaint(resolutions);
  return (
    <>
      <DeadlineCountsPanel report={counts} resolutions={countedResolutions} today={today} />
      <UnitsStatusPanel byUnit={units.byUnit} withoutUnit={units.withoutUnit} />
    </>
  );
});

export function OverviewRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useOverview();
  const { filters } = useFilters();
  // Deferred (see useOverview): undefined for the moment between the data's arrival and its render.
  const overview = query.data;
  return (
    <QueryState isPending={overview === undefined && !query.error} error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching}>
      {overview && (
        <>
          <header className="page-head">
            <h1>{format.text(overview.data.title)}</h1>
            <p className="muted">{t('overview.updated', { date: format.date(overview.data.updatedOn) })}</p>
          </header>
          <FilteredNotice filtered={overview.filtered} />
          <Island>
            <BriefingStrip briefing={overview.briefing} />
          </Island>
          {overview.hasMeetings && (
            <Suspense fallback={null}>
              <SinceLastMeeting />
            </Suspense>
          )}
          {isFiltering(filters) && <MatchingCommitments commitments={overview.filtered.commitments} resolutions={overview.filtered.resolutions} />}
          <div className="overview-grid">
            <Island>
              <ResolutionsAtAGlance summaries={overview.summaries} basis={overview.basis} />
            </Island>
            <Island>
              <NextDeadlines deadlines={overview.deadlines} footer={calendarFooter} />
            </Island>
            <HeldBackPanels deadlineCounts={overview.deadlineCounts} unitStatus={overview.unitStatus} resolutions={overview.filtered.resolutions} today={overview.today} />
            <Island>
              <TargetsOverview targets={overview.targets} />
            </Island>
            <Island>
              <RecentEvents events={overview.events} />
            </Island>
            <Island>
              <MeetingRequests meetings={overview.meetings} />
            </Island>
            <Island>
              <StatedFacts facts={overview.filtered.facts} />
            </Island>
          </div>
        </>
      )}
    </QueryState>
  );
}
