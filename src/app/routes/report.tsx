import { chartStartYear } from '../../domain/data-range';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, QueryState } from '../../components/query-state';
import type { FilteredDataset } from '../../domain/filters';
import type { RecordedFigure } from '../../domain/figures';
import { buildReport } from '../../domain/report';
import type { Dataset } from '../../domain/types';
import { ReportSection, sectionAnchor } from '../../features/report/components/report-section';
import '../../features/report/report.css';
import { useFilteredDataset } from '../../hooks/use-filtered-dataset';
import { useFilters } from '../../hooks/use-filters';
import { useFormat } from '../../hooks/use-format';
import { todayIso } from '../../lib/clock';
import { FilteredNotice } from '../filtered-notice';

/** The filtered view as a document to print or save as PDF: one section per resolution, sources as footnotes. */
export function ReportRoute() {
  const query = useFilteredDataset();
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching}>
      {query.data && <Report data={query.data.data} filtered={query.data.filtered} figuresByTarget={query.data.figuresByTarget} />}
    </QueryState>
  );
}

function Report({ data, filtered, figuresByTarget }: { data: Dataset; filtered: FilteredDataset; figuresByTarget: ReadonlyMap<string, RecordedFigure[]> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { filters } = useFilters();
  const today = todayIso();
  const report = buildReport(data, filtered, filters);
  const startYear = chartStartYear(data, today);
  // The page title is what "Save as PDF" offers as the file name.
  const documentTitle = `${format.text(data.title)} — ${t('nav.report')} ${today}`;
  useEffect(() => {
    const previous = document.title;
    document.title = documentTitle;
    return () => {
      document.title = previous;
    };
  }, [documentTitle]);
  // What the report covers, said on its cover: a printed page has no filter bar.
  const applied = [
    filters.resolutions.length > 0 &&
      `${t('filters.resolutions')}: ${filters.resolutions.map((id) => data.resolutions.find((r) => r.id === id)?.code ?? id).join(', ')}`,
    filters.statuses.length > 0 && `${t('filters.status')}: ${filters.statuses.map((st) => t(`status.${st}`)).join(', ')}`,
    filters.horizon !== null && `${t('filters.horizon')}: ${format.year(filters.horizon)}`,
    filters.query.trim() && `${t('filters.search')}: “${filters.query.trim()}”`,
  ].filter((part): part is string => Boolean(part));
  return (
    <article className="report">
      <header className="report-cover">
        <p className="eyebrow">{t('report.eyebrow')}</p>
        <h1>{format.text(data.title)}</h1>
        <p>{t('report.asOf', { date: format.date(data.updatedOn), today: format.date(today) })}</p>
        {applied.length > 0 && <p className="report-filters">{t('report.filtersApplied', { list: applied.join(' · ') })}</p>}
        <FilteredNotice filtered={filtered} />
        <div className="report-actions">
          <button type="button" onClick={() => window.print()}>
            {t('report.print')}
          </button>
          <p className="muted">{t('report.hint')}</p>
        </div>
        {report.sections.length > 0 && (
          <nav className="report-contents" aria-labelledby="report-contents">
            <h2 id="report-contents">{t('report.contents')}</h2>
            <ol>
              {report.sections.map(({ resolution: r }) => (
                <li key={r.id}>
                  <a href={`#${sectionAnchor(r.id)}`}>
                    {t('resolution.short', { code: r.code })} — {format.text(r.title)}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
        )}
      </header>
      {report.sections.length === 0 && <EmptyState>{t('filters.nothing')}</EmptyState>}
      {report.sections.map((section) => (
        <ReportSection key={section.resolution.id} section={section} figuresByTarget={figuresByTarget} today={today} startYear={startYear} />
      ))}
    </article>
  );
}
