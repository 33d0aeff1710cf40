import { lazy, memo, Suspense, useMemo, useRef } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { buildStatusSeries, chartRows, statusChartHeight, type StatusSeries } from '../../../charts/status-bars/build-status-series';
import type { StatusChartBasis } from '../../../domain/status-chart-basis';
import { AppLink } from '../../../components/app-link';
import { ChartFrame } from '../../../components/chart-frame';
import { DataTable } from '../../../components/data-table';
import { StatusBadge } from '../../../components/status-badge';
import { paths } from '../../../config/paths';
import { STATUSES } from '../../../domain/vocabulary';
import type { ResolutionSummary } from '../../../domain/summary';
import { capLines } from '../../../lib/chart-export';
import { useAfterPaint } from '../../../hooks/use-after-paint';
import { whenIdle } from '../../../lib/when-idle';
import { useChartColors } from '../../../hooks/use-chart-colors';
import { useNearViewport } from '../../../hooks/use-near-viewport';
import type * as StatusChartModule from '../../../charts/status-bars/status-chart';
import { useFormat } from '../../../hooks/use-format';
import { useResolutionName } from '../../../hooks/use-resolution-name';
import { useSourceLine } from '../../../hooks/use-source-line';
import { countsText } from '../../../lib/counts-text';
import { UserBadge } from '../../../components/user-badge';
import { VirtualList } from '../../../components/virtual-list';

// recharts is the heaviest dependency: the chart draws when it comes near the screen, after the
// cards and numbers. On a wide screen, where charts are in the first view, its code is fetched
// as soon as the browser is idle (alongside a large dataset's download); a phone fetches it
// only when the reader scrolls towards it.
let statusChartModule: Promise<typeof StatusChartModule> | null = null;
/** The module once loaded: the chart then renders at once, rather than at a Suspense reveal React throttles. */
let loadedStatusChart: typeof StatusChartModule | null = null;
/** Loads the status chart's code (recharts) ahead of its first render; the chart then draws without suspending. */
export const loadStatusChart = () =>
  (statusChartModule ??= import('../../../charts/status-bars/status-chart').then((m) => (loadedStatusChart = m)));
if (typeof window !== 'undefined' && window.matchMedia?.('(min-width: 64rem)').matches)
  whenIdle(() => void loadStatusChart());
const StatusChart = lazy(async () => ({ default: (await loadStatusChart()).StatusChart }));

/**
 * The chart's place in the panel. The cards, counts and table follow a filter at once; the chart
 * (recharts lays out in several passes) follows right after that paint, so a filter change never
 * waits for it, and that second render redraws the chart alone, not the cards around it.
 */
const StatusChartSlot = memo(function StatusChartSlot({ series }: { series: StatusSeries }) {
  const shown = useAfterPaint(series);
  const slot = useRef<HTMLDivElement>(null);
  const nearViewport = useNearViewport(slot);
  const placeholder = <div className="chart-placeholder" style={{ height: statusChartHeight(shown) }} />;
  return (
    <div ref={slot}>
      {nearViewport ? (
        loadedStatusChart ? (
          <loadedStatusChart.StatusChart series={shown} />
        ) : (
          <Suspense fallback={placeholder}>
            <StatusChart series={shown} />
          </Suspense>
        )
      ) : (
        placeholder
      )}
    </div>
  );
});

/** More bars than this and a chart stops being readable from the back of a room. */
const MAX_BARS = 12;

/**
 * `basis`: the date and sources an exported status chart carries.
 * Memoised: the overview hands it the same props until the data or filters change.
 */
export const ResolutionsAtAGlance = memo(function ResolutionsAtAGlance({ summaries, basis }: { summaries: ResolutionSummary[]; basis: StatusChartBasis }) {
  const { t } = useTranslation();
  const format = useFormat();
  const resolutionName = useResolutionName();
  const colors = useChartColors();
  const sourceLine = useSourceLine();
  const { series, chartSeries, folded } = useMemo(() => {
    const all = buildStatusSeries(summaries, (s) => resolutionName(s.resolution.code));
    const { rows, folded } = chartRows(all, MAX_BARS, (count) => t('overview.otherResolutions', { count }));
    return { series: all, chartSeries: rows === all.rows ? all : { ...all, rows }, folded };
  }, [summaries, t, resolutionName]);
  const total = series.rows.reduce((sum, r) => sum + r.total, 0);
  /** What the drawing leaves to the table, said on the page and in an exported file alike. */
  const foldedNote =
    folded === null
      ? undefined
      : folded.drawn
        ? t('overview.chartFolded', { shown: folded.named, others: folded.count })
        : t('overview.chartLeftOut', { shown: folded.named, others: folded.count, commitments: format.number(folded.total) });
  const summary =
    t('overview.statusSummary', {
      // count picks the plural; the numbers shown are formatted ("10,000", "10 000").
      count: total,
      total: format.number(total),
      resolutions: format.number(summaries.length),
      // "label: value" as each language punctuates it (French puts a space before the colon).
      breakdown: series.statuses.map((s) => t('present.labelled', { label: t(`status.${s}`), value: format.number(series.rows.reduce((n, r) => n + r[s], 0)) })).join(', '),
    }) + (foldedNote ? ` ${foldedNote}` : '');
  const sourceLines = [...basis.sources.map((s) => () => sourceLine.published(s)), ...basis.assessmentSources.map((s) => () => sourceLine.recorded(s))];
  const title = t('overview.statusChartTitle');
  const exportable = {
    caption: {
      title,
      asOf: t('chart.asOf', { date: format.date(basis.asOf) }),
      sources: capLines(sourceLines, (line) => line(), (count) => t('chart.moreSources', { count })),
      legend: series.statuses.map((s) => ({ label: t(`status.${s}`), color: colors.status[s] })),
      note: foldedNote,
    },
    fileStem: 'policy-targets-commitments-by-status',
    columns: [t('table.resolution'), ...STATUSES.map((s) => t(`status.${s}`)), t('table.total')],
    rows: series.rows.map((r) => [r.label, ...STATUSES.map((s) => r[s]), r.total]),
  };
  return (
    <section className="panel" aria-labelledby="glance-title">
      <h2 id="glance-title">{t('overview.resolutionsTitle')}</h2>
      <VirtualList
        items={summaries}
        getKey={(x) => x.resolution.id}
        label={t('filters.resolutions')}
        className="resolution-cards"
        itemClassName="resolution-card"
        estimateSize={190}
        renderItem={({ resolution, commitments, byStatus }) => (
          <>
            <h3>
              <AppLink to={paths.resolution(resolution.id)}>{resolutionName(resolution.code)}</AppLink>
              <UserBadge origin={resolution.origin} />
            </h3>
            <p className="muted">{format.text(resolution.issuer)}</p>
            <p>{format.text(resolution.title)}</p>
            {resolution.note && (
              <p className="card-note">
                <strong>{t('resolution.sourceNote')}</strong> {format.text(resolution.note)}
              </p>
            )}
            <p className="counts">
              {commitments.length > 0 ? countsText(t, commitments, 'resolution.counts') : t('resolution.noCommitmentsInSources')}
            </p>
            <p className="badges">
              {STATUSES.filter((s) => byStatus[s] > 0).map((s) => (
                <span key={s}>
                  <StatusBadge status={s} /> {format.number(byStatus[s])}
                </span>
              ))}
            </p>
          </>
        )}
      />
      {total > 0 && (
        <ChartFrame
          title={title}
          summary={summary}
          exportable={exportable}
          headingLevel={3}
          chart={<StatusChartSlot series={chartSeries} />}
          table={
            <DataTable
              caption={t('overview.statusChartTitle')}
              rows={series.rows}
              rowKey={(r) => r.id}
              columns={[
                { header: t('table.resolution'), cell: (r) => r.label },
                ...STATUSES.map((s) => ({ header: t(`status.${s}`), cell: (r: (typeof series.rows)[number]) => format.number(r[s]), numeric: true })),
                { header: t('table.total'), cell: (r) => format.number(r.total), numeric: true },
              ]}
            />
          }
        />
      )}
    </section>
  );
});
