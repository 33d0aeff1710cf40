import { chartStartYear } from '../../../domain/data-range';
import type { ReactNode } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { buildTargetSeries } from '../../../charts/target-progress/build-target-series';
import { TargetChart } from '../../../charts/target-progress/target-chart';
import { useTargetChartSummary, useTargetNotes } from '../../../charts/target-progress/use-target-notes';
import { AppLink } from '../../../components/app-link';
import { ChartFrame } from '../../../components/chart-frame';
import { CitationList } from '../../../components/citation-list';
import { DataTable } from '../../../components/data-table';
import { paths } from '../../../config/paths';
import { toDecimalYear } from '../../../domain/dates';
import type { TargetFigure } from '../../../domain/figures';
import { computeProgress } from '../../../domain/progress';
import type { Dataset, Target } from '../../../domain/types';
import { useChartColors } from '../../../hooks/use-chart-colors';
import { useFormat } from '../../../hooks/use-format';
import { UserBadge } from '../../../components/user-badge';

interface Row {
  key: string;
  when: string;
  kind: 'target' | 'recorded' | 'gap' | 'pathToday' | 'projection' | 'event';
  value: string;
  source: string;
}

/** `children` go between the chart and its sources: where the user records the next figure. */
export function TargetDetail({ target, data, figures, today, children }: {
  target: Target;
  data: Dataset;
  figures: TargetFigure[];
  today: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const summarise = useTargetChartSummary();
  const notesOf = useTargetNotes();
  const colors = useChartColors();
  const progress = computeProgress(target, figures, today);
  const startYear = chartStartYear(data, today);
  const series = buildTargetSeries(target, figures, startYear, { today, events: data.events });
  const notes = notesOf(target, series.annotations);
  const resolution = data.resolutions.find((r) => r.id === target.resolutionId);
  const unit = format.text(target.unit);
  const rows: Row[] = [
    ...target.milestones.map((m) => ({
      key: `m-${m.year}`,
      when: format.year(m.year),
      kind: 'target' as const,
      value: m.approximate ? t('target.approx', { value: format.number(m.value) }) : format.number(m.value),
      source: t('target.fromResolution', { code: resolution?.code ?? '' }),
    })),
    ...figures
      .filter((f) => f.targetId === target.id)
      .map((f) => ({ key: f.id, when: format.date(f.asOf), kind: 'recorded' as const, value: format.number(f.value), source: f.source.text })),
    // What the chart writes on itself, in the same numbers.
    ...(notes.gap
      ? [{ key: 'gap', when: notes.gap.year, kind: 'gap' as const, value: notes.gap.remaining, source: `${t('target.note.share', notes.gap)} · ${t('target.computed')}` }]
      : []),
    ...(notes.pathToday ? [{ key: 'path-today', when: format.date(today), kind: 'pathToday' as const, value: notes.pathToday, source: t('target.computed') }] : []),
    ...notes.projections.map((p) => ({ key: `projection-${p.year}`, when: p.year, kind: 'projection' as const, value: p.value, source: t('target.computed') })),
    ...notes.events.map((e) => ({ key: `event-${e.number}`, when: e.date, kind: 'event' as const, value: '', source: `(${e.number}) ${e.title}` })),
  ];
  const chartTitle = t('target.chartTitle', { label: format.text(target.label) });
  const sources = [
    ...new Map(
      target.milestones.flatMap((m) => m.citations).map((c) => {
        const src = data.sources.find((x) => x.id === c.sourceId);
        return [c.sourceId, src ? t('chart.source', { title: src.title, publisher: src.publisher, date: format.date(src.publishedOn), url: src.url }) : c.sourceId];
      }),
    ).values(),
    // One line per source, however many figures it gave.
    ...new Set(figures.filter((f) => f.targetId === target.id).map((f) => t(f.published ? 'chart.publishedSource' : 'chart.userSource', { text: `${f.source.text}${f.source.url ? ` <${f.source.url}>` : ''}` }))),
  ];
  const exportable = {
    caption: {
      title: chartTitle,
      asOf: t('chart.asOf', { date: format.date(progress.latest?.asOf ?? today) }),
      sources,
      legend: [
        ...(series.hasRecorded
          ? [{ label: t('target.pathLegend'), color: colors.path }, { label: t('target.recordedLegend'), color: colors.recorded }]
          : []),
        { label: t('target.targetLegend'), color: colors.target },
      ],
    },
    fileStem: `policy-targets-${target.id}`,
    columns: [t('table.when'), t('table.kind'), t('table.value', { unit }), t('table.source')],
    rows: rows.map((r) => [r.when, t(`target.rowKind.${r.kind}`), r.value, r.source]),
  };
  return (
    <article className="detail">
      <header className="panel">
        <p className="eyebrow">{t('target.eyebrow')}</p>
        <h1>
          {format.text(target.label)}
          <UserBadge origin={target.origin} />
        </h1>
        {resolution && (
          <p>
            <AppLink to={paths.resolution(resolution.id)}>
              {t('resolution.short', { code: resolution.code })} — {format.text(resolution.title)}
            </AppLink>
          </p>
        )}
        {!progress.latest && <p className="notice">{t('target.noFigureLong')}</p>}
        {progress.paceNeeded !== null && progress.next && (
          <p className="pace">
            {t('target.pace', { pace: format.number(progress.paceNeeded), unit, year: format.year(progress.next.year) })}
          </p>
        )}
      </header>
      <div className="panel">
        <ChartFrame
          title={chartTitle}
          exportable={exportable}
          summary={summarise(target, progress, series.annotations)}
          chart={<TargetChart target={target} series={series} today={toDecimalYear(today)} />}
          table={
            <DataTable
              caption={t('target.tableCaption', { label: format.text(target.label) })}
              rows={rows}
              rowKey={(r) => r.key}
              columns={[
                { header: t('table.when'), cell: (r) => r.when },
                { header: t('table.kind'), cell: (r) => t(`target.rowKind.${r.kind}`) },
                { header: t('table.value', { unit }), cell: (r) => r.value, numeric: true },
                { header: t('table.source'), cell: (r) => r.source },
              ]}
            />
          }
        />
      </div>
      {children}
      <section className="panel">
        <h2>{t('citations.title')}</h2>
        {target.milestones.map((m) => (
          <div key={m.year}>
            <h3>
              {t(m.approximate ? 'target.milestoneApprox' : 'target.milestone', {
                value: format.number(m.value),
                unit,
                year: format.year(m.year),
              })}
            </h3>
            <CitationList citations={m.citations} />
          </div>
        ))}
      </section>
    </article>
  );
}
