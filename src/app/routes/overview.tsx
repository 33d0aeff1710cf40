import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state';
import { computeProgress } from '../../domain/progress';
import { summariseResolutions } from '../../domain/summary';
import { upcomingDeadlines } from '../../domain/deadlines';
import { compareDates, parsePartialDate } from '../../domain/dates';
import { NextDeadlines } from '../../features/overview/components/next-deadlines';
import { RecentEvents } from '../../features/overview/components/recent-events';
import { ResolutionsAtAGlance } from '../../features/overview/components/resolutions-at-a-glance';
import { SourceFigures } from '../../features/overview/components/source-figures';
import { TargetsOverview } from '../../features/overview/components/targets-overview';
import { useFilteredDataset } from '../../hooks/use-filtered-dataset';
import { useFormat } from '../../hooks/use-format';
import { todayIso } from '../../lib/clock';
import { FilteredNotice } from '../filtered-notice';

const RECENT_EVENTS = 5;

export function OverviewRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useFilteredDataset();
  const today = todayIso();
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching}>
      {query.data && (
        <>
          <header className="page-head">
            <h1>{format.text(query.data.data.title)}</h1>
            <p className="muted">{t('overview.updated', { date: format.date(query.data.data.updatedOn) })}</p>
          </header>
          <FilteredNotice filtered={query.data.filtered} />
          <div className="overview-grid">
            <ResolutionsAtAGlance summaries={summariseResolutions(query.data.filtered.resolutions, query.data.filtered.commitments)} />
            <NextDeadlines
              deadlines={upcomingDeadlines(
                query.data.filtered.resolutions,
                query.data.filtered.commitments,
                query.data.filtered.targets,
                parsePartialDate(today).year,
              )}
            />
            <TargetsOverview
              targets={query.data.filtered.targets.map((target) => ({ target, progress: computeProgress(target, query.data!.figuresByTarget.get(target.id) ?? [], today) }))}
            />
            <RecentEvents
              events={[...query.data.filtered.events].filter((e) => compareDates(e.date, today) <= 0).sort((a, b) => compareDates(b.date, a.date)).slice(0, RECENT_EVENTS)}
            />
            <SourceFigures facts={query.data.filtered.facts} />
          </div>
        </>
      )}
    </QueryState>
  );
}
