import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/chart-frame';
import { DataTable } from '../../components/data-table';
import { EmptyState, QueryState } from '../../components/query-state';
import { upcomingDeadlines } from '../../domain/deadlines';
import { layoutTimelineWithLabels, type TimelineItem } from '../../domain/timeline';
import { TimelineChart } from '../../features/timeline/components/timeline-chart';
import { TimelineDetail } from '../../features/timeline/components/timeline-detail';
import { timelineItemDate, timelineItemLabel } from '../../features/timeline/components/timeline-item-label';
import { useFilteredDataset } from '../../hooks/use-filtered-dataset';
import { useFormat } from '../../hooks/use-format';
import { FilteredNotice } from '../filtered-notice';

/** Share of the axis width an item's label takes before the next item in its row may start. */
const LABEL_SHARE = 0.14;

export function TimelineRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useFilteredDataset();
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('item');
  const select = (id: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (id) next.set('item', id);
      else next.delete('item');
      return next;
    });

  const filtered = query.data?.filtered;
  const deadlines = filtered ? upcomingDeadlines(filtered.resolutions, filtered.commitments, filtered.targets, 0) : [];
  const layout = filtered ? layoutTimelineWithLabels(filtered.resolutions, filtered.events, deadlines, LABEL_SHARE) : null;
  const selected = layout?.items.find((i) => i.id === selectedId) ?? null;
  const laneName = (item: TimelineItem) => {
    const r = filtered?.resolutions.find((res) => res.id === item.lane);
    return r ? t('resolution.short', { code: r.code }) : t('timeline.sharedLane');
  };

  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching}>
      {filtered && layout && (
        <>
          <header className="page-head">
            <h1>{t('timeline.title')}</h1>
            <p className="muted">
              {layout.items.length > 0 && t('timeline.range', { from: format.year(layout.from), to: format.year(layout.to) })}
            </p>
          </header>
          <FilteredNotice filtered={filtered} />
          {layout.items.length === 0 ? (
            <EmptyState>{t('timeline.empty')}</EmptyState>
          ) : (
            <div className="panel">
              <ChartFrame
                title={t('timeline.chartTitle')}
                interactive
                summary={t('timeline.summary', { count: layout.items.length, from: format.year(layout.from), to: format.year(layout.to) })}
                chart={<TimelineChart layout={layout} labelShare={LABEL_SHARE} selectedId={selectedId} onSelect={select} />}
                table={
                  <DataTable
                    caption={t('timeline.chartTitle')}
                    rows={layout.items}
                    rowKey={(i) => i.id}
                    columns={[
                      { header: t('table.when'), cell: (i) => timelineItemDate(i, format) },
                      { header: t('table.resolution'), cell: laneName },
                      { header: t('table.kind'), cell: (i) => (i.kind === 'event' ? t(`eventKind.${i.event.kind}`) : t('timeline.deadline')) },
                      {
                        header: t('table.what'),
                        cell: (i) => (
                          <button type="button" className="link-button" onClick={() => select(i.id)}>
                            {timelineItemLabel(i, t, format)}
                          </button>
                        ),
                      },
                    ]}
                  />
                }
              />
            </div>
          )}
          {selected && filtered && <TimelineDetail item={selected} resolutions={filtered.resolutions} onClose={() => select(null)} />}
        </>
      )}
    </QueryState>
  );
}
