import { chartStartYear } from '../../domain/data-range';
import { useTranslation } from 'react-i18next';
import { buildStatusSeries } from '../../charts/status-bars/build-status-series';
import { StatusChart } from '../../charts/status-bars/status-chart';
import { buildTargetSeries } from '../../charts/target-progress/build-target-series';
import { TargetChart } from '../../charts/target-progress/target-chart';
import { StatusBadge } from '../../components/status-badge';
import { toDecimalYear } from '../../domain/dates';
import { upcomingDeadlines } from '../../domain/deadlines';
import type { FilteredDataset } from '../../domain/filters';
import type { RecordedFigure } from '../../domain/figures';
import { computeProgress } from '../../domain/progress';
import type { Slide } from '../../domain/slides';
import { summariseResolutions } from '../../domain/summary';
import { layoutTimeline } from '../../domain/timeline';
import type { Citation, Dataset } from '../../domain/types';
import { TimelineChart } from '../../features/timeline/components/timeline-chart';
import { useFormat } from '../../hooks/use-format';
import { useTargetSummary } from '../../hooks/use-target-summary';
import { countsText } from '../../lib/count-text';

/** Height per bar of the status chart; the slide shrinks it when there are many. */
const STATUS_ROW = 150;

/** One slide, laid out for a projector: large type, everything visible, nothing on hover. */
export function PresentSlide({ slide, data, filtered, figuresByTarget, today }: {
  slide: Slide;
  data: Dataset;
  filtered: FilteredDataset;
  /** Each target's figures (the merge groups them once), so a slide never scans them all. */
  figuresByTarget: ReadonlyMap<string, RecordedFigure[]>;
  today: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const summarise = useTargetSummary();
  const code = (id: string) => t('resolution.short', { code: data.resolutions.find((r) => r.id === id)?.code ?? id });

  if (slide.kind === 'title')
    return (
      <div className="slide-title">
        <h1>{format.text(data.title)}</h1>
        <p className="slide-subtitle">{filtered.resolutions.map((r) => t('resolution.short', { code: r.code })).join(' · ')}</p>
        <p className="slide-date">{format.date(today)}</p>
      </div>
    );

  if (slide.kind === 'overview') {
    const summaries = summariseResolutions(filtered.resolutions, filtered.commitments).filter((s) => s.commitments.length > 0);
    const series = buildStatusSeries(summaries, (s) => t('resolution.short', { code: s.resolution.code }));
    const deadlines = upcomingDeadlines(filtered.resolutions, filtered.commitments, filtered.targets, Number(today.slice(0, 4)));
    return (
      <div className="slide-grid">
        <section className="slide-column">
          <h2>{t('overview.statusChartTitle')}</h2>
          <div className="slide-chart-body" style={{ flexBasis: `${STATUS_ROW * series.rows.length + 120}px` }}>
            <StatusChart series={series} fill labelWidth={300} />
          </div>
        </section>
        <section>
          <h2>{t('overview.deadlinesTitle')}</h2>
          <ul className="slide-list">
            {deadlines.map((d) => (
              <li key={`${d.year}-${d.resolution.id}`}>
                <strong>{format.year(d.year)}</strong>{' '}
                {[
                  t('resolution.short', { code: d.resolution.code }),
                  ...(d.commitments.length > 0 ? [countsText(t, d.commitments, 'deadline.commitments')] : []),
                  ...d.milestones.map(({ target, milestone }) =>
                    t(milestone.approximate ? 'target.milestoneApprox' : 'target.milestone', {
                      value: format.number(milestone.value),
                      unit: format.text(target.unit),
                      year: format.year(milestone.year),
                    }),
                  ),
                ].join(' · ')}
              </li>
            ))}
          </ul>
        </section>
      </div>
    );
  }

  if (slide.kind === 'resolution') {
    const resolution = data.resolutions.find((r) => r.id === slide.resolutionId)!;
    const tasks = filtered.commitments.filter((c) => c.resolutionId === resolution.id && c.parentId === null).sort((a, b) => a.order - b.order);
    return (
      <div>
        <h1>
          {code(resolution.id)} — {format.text(resolution.title)}
        </h1>
        <ol className="slide-tasks">
          {tasks.map((task) => (
            <li key={task.id}>
              <span>{format.text(task.text)}</span>
              <StatusBadge status={task.status} />
            </li>
          ))}
        </ol>
      </div>
    );
  }

  if (slide.kind === 'target') {
    const target = data.targets.find((x) => x.id === slide.targetId)!;
    const startYear = chartStartYear(data, today);
    const figures = figuresByTarget.get(target.id) ?? [];
    return (
      <div className="slide-chart">
        <h1>{format.text(target.label)}</h1>
        <p className="slide-summary">{summarise(target, computeProgress(target, figures, today))}</p>
        <div className="slide-chart-body">
          <TargetChart series={buildTargetSeries(target, figures, startYear)} today={toDecimalYear(today)} large />
        </div>
      </div>
    );
  }

  const deadlines = upcomingDeadlines(filtered.resolutions, filtered.commitments, filtered.targets, 0);
  const layout = layoutTimeline(filtered.resolutions, filtered.events, deadlines);
  return (
    <div>
      <h1>{t('timeline.title')}</h1>
      <TimelineChart layout={layout} selectedId={null} onSelect={() => undefined} />
    </div>
  );
}

/** What the presenter may be asked: the quoted sources behind the slide. */
export function slideCitations(slide: Slide, data: Dataset, filtered: FilteredDataset): Citation[] {
  if (slide.kind === 'resolution')
    return [
      ...(data.resolutions.find((r) => r.id === slide.resolutionId)?.citations ?? []),
      ...filtered.commitments.filter((c) => c.resolutionId === slide.resolutionId && c.parentId === null).flatMap((c) => c.citations.slice(0, 1)),
    ];
  if (slide.kind === 'target') return data.targets.find((x) => x.id === slide.targetId)?.milestones.flatMap((m) => m.citations) ?? [];
  if (slide.kind === 'timeline') return filtered.events.flatMap((e) => e.citations.slice(0, 1));
  if (slide.kind === 'overview') return filtered.targets.flatMap((x) => x.milestones.flatMap((m) => m.citations.slice(0, 1)));
  return filtered.resolutions.flatMap((r) => r.citations.slice(0, 1));
}
