import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { buildStatusSeries } from '../../../charts/status-bars/build-status-series';
import { AppLink } from '../../../components/app-link';
import { ChartFrame } from '../../../components/chart-frame';
import { DataTable } from '../../../components/data-table';
import { StatusBadge } from '../../../components/status-badge';
import { paths } from '../../../config/paths';
import { STATUSES } from '../../../domain/schema';
import type { ResolutionSummary } from '../../../domain/summary';
import { useFormat } from '../../../hooks/use-format';
import { countsText } from '../../../lib/count-text';
import { UserBadge } from '../../../components/user-badge';

// recharts is the heaviest dependency: the chart arrives after the cards and numbers.
const StatusChart = lazy(async () => ({ default: (await import('../../../charts/status-bars/status-chart')).StatusChart }));

export function ResolutionsAtAGlance({ summaries }: { summaries: ResolutionSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const series = buildStatusSeries(summaries, (s) => t('resolution.short', { code: s.resolution.code }));
  const total = series.rows.reduce((sum, r) => sum + r.total, 0);
  const summary = t('overview.statusSummary', {
    count: total,
    resolutions: summaries.length,
    breakdown: series.statuses.map((s) => `${t(`status.${s}`)}: ${format.number(series.rows.reduce((n, r) => n + r[s], 0))}`).join(', '),
  });
  return (
    <section className="panel" aria-labelledby="glance-title">
      <h2 id="glance-title">{t('overview.resolutionsTitle')}</h2>
      <ul className="resolution-cards" aria-label={t('filters.resolutions')}>
        {summaries.map(({ resolution, commitments, byStatus }) => (
          <li key={resolution.id} className="resolution-card">
            <h3>
              <AppLink to={paths.resolution(resolution.id)}>{t('resolution.short', { code: resolution.code })}</AppLink>
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
          </li>
        ))}
      </ul>
      {total > 0 && (
        <ChartFrame
          title={t('overview.statusChartTitle')}
          summary={summary}
          headingLevel={3}
          chart={
            <Suspense fallback={<div className="chart-placeholder" />}>
              <StatusChart series={series} />
            </Suspense>
          }
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
}
