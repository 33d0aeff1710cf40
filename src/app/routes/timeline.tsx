import { useSearchParams } from 'react-router';
import { useTranslation } from '../../hooks/use-translation';
import { ChartFrame } from '../../components/chart-frame';
import { DataTable } from '../../components/data-table';
import { EmptyState, QueryState } from '../../components/query-state';
import { upcomingDeadlines } from '../../domain/deadlines';
import { layoutTimeline, type TimelineItem } from '../../domain/timeline';
import { TimelineChart } from '../../features/timeline/components/timeline-chart';
import { TimelineDetail } from '../../features/timeline/components/timeline-detail';
import { timelineItemDate, timelineItemLabel } from '../../features/timeline/components/timeline-item-label';
import { useFilteredDataset } from '../../hooks/use-filtered-dataset';
import { useFormat } from '../../hooks/use-format';
import { useSourceLine } from '../../hooks/use-source-line';
import { timelineSources } from '../../features/timeline/components/timeline-sources';
import { capLines } from '../../lib/chart-export';
import { timelineSvg } from '../../features/timeline/components/timeline-svg';
import { FilteredNotice } from '../filtered-notice';

export function TimelineRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const sourceLine = useSourceLine();
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
  const layout = filtered ? layoutTimeline(filtered.resolutions, filtered.events, deadlines) : null;
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
                exportable={{
                  caption: {
                    title: t('timeline.chartTitle'),
                    asOf: t('chart.asOf', { date: format.date(query.data!.data.updatedOn) }),
                    sources: capLines(timelineSources(filtered, query.data!.data.sources), sourceLine.published, (count) => t('chart.moreSources', { count })),
                  },
                  fileStem: 'policy-targets-timeline',
                  columns: [t('table.when'), t('table.resolution'), t('table.kind'), t('table.what')],
                  rows: layout.items.map((i) => [timelineItemDate(i, format), laneName(i), i.kind === 'event' ? t(`eventKind.${i.event.kind}`) : t('timeline.deadline'), timelineItemLabel(i, t, format)]),
                  drawing: () =>
                    timelineSvg(layout, {
                      width: 1200,
                      laneName: (index) => {
                        const lane = layout.lanes[index]!;
                        return lane.resolution ? t('resolution.short', { code: lane.resolution.code }) : t('timeline.sharedLane');
                      },
                      itemText: (item) => `${timelineItemDate(item, format, true)}: ${timelineItemLabel(item, t, format, false)}`,
                      yearText: format.year,
                      text: getComputedStyle(document.documentElement).getPropertyValue('--text').trim() || '#14181d',
                      grid: getComputedStyle(document.documentElement).getPropertyValue('--gridline').trim() || '#c4c9d0',
                    }),
                }}
                chart={<TimelineChart layout={layout} selectedId={selectedId} onSelect={select} />}
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
