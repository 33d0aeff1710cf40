import { chartStartYear } from '../../domain/data-range';
import { useEffect } from 'react';
import { useTranslation } from '../../hooks/use-translation';
import { useSearchParams } from 'react-router';
import { EmptyState, QueryState } from '../../components/query-state';
import type { FilteredDataset } from '../../domain/filters';
import type { TargetFigure } from '../../domain/figures';
import type { AssessmentRecord, AssignmentRecord } from '../../domain/records';
import { commitmentDeadlines, countDeadlines, hasDeadlineNews } from '../../domain/deadline-counts';
import { dataAsOf } from '../../domain/as-of';
import { buildReport } from '../../domain/report';
import type { Dataset } from '../../domain/types';
import { Bibliography } from '../../features/report/components/bibliography';
import { ReportDeadlineCounts } from '../../features/report/components/report-deadline-counts';
import { ReportMeetings } from '../../features/report/components/report-meetings';
import { ReportReview } from '../../features/report/components/report-review';
import { ReportSection, sectionAnchor } from '../../features/report/components/report-section';
import { ReportSummary } from '../../features/report/components/report-summary';
import '../../features/report/report.css';
import { useFilteredDataset } from '../../hooks/use-filtered-dataset';
import { useFilters } from '../../hooks/use-filters';
import { useFormat } from '../../hooks/use-format';
import { useWhatChanged } from '../../hooks/use-what-changed';
import { todayIso } from '../../lib/clock';
import { FilteredNotice } from '../filtered-notice';

/** The filtered view as a document to print or save as PDF: a summary, an appendix by resolution, one bibliography. */
export function ReportRoute() {
  const query = useFilteredDataset();
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching}>
      {query.data && (
        <Report
          data={query.data.data}
          filtered={query.data.filtered}
          figuresByTarget={query.data.figuresByTarget}
          assessments={query.data.assessments}
          assignments={query.data.assignments}
          asOf={dataAsOf(query.data.data, query.data.figures, query.data.assessments)}
        />
      )}
    </QueryState>
  );
}

function Report({ data, filtered, figuresByTarget, assessments, assignments, asOf }: {
  data: Dataset;
  filtered: FilteredDataset;
  figuresByTarget: ReadonlyMap<string, TargetFigure[]>;
  assessments: ReadonlyMap<string, AssessmentRecord[]>;
  assignments: ReadonlyMap<string, AssignmentRecord>;
  asOf: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { filters } = useFilters();
  const [params] = useSearchParams();
  const review = useWhatChanged({ from: params.get('since'), to: params.get('until') }).data ?? null;
  const today = todayIso();
  const report = buildReport(data, filtered, filters, { figuresByTarget, assessments }, today);
  const startYear = chartStartYear(data, today);
  const deadlineRows = commitmentDeadlines(filtered.commitments, { assessments, assignments }, today);
  // As on the slide, the section waits until the counts have news: a printed report has a page budget.
  const deadlineCounts = hasDeadlineNews(deadlineRows) ? countDeadlines(deadlineRows, filtered.resolutions.map((r) => r.id)) : null;
  // The page title is what "Save as PDF" offers as the file name.
  const documentTitle = `${format.text(data.title)} — ${t('nav.report')} ${today}`;
  useEffect(() => {
    const previous = document.title;
    document.title = documentTitle;
    return () => {
      document.title = previous;
    };
  }, [documentTitle]);
  const runningHead = t('report.runningHead', { title: format.text(data.title), date: format.date(asOf) });
  const pageOf = t('report.pageOf');
  usePrintedPageMargins(runningHead, pageOf);
  // What the report covers, said on its cover: a printed page has no filter bar.
  const applied = [
    filters.resolutions.length > 0 &&
      `${t('filters.resolutions')}: ${filters.resolutions.map((id) => data.resolutions.find((r) => r.id === id)?.code ?? id).join(', ')}`,
    filters.statuses.length > 0 && `${t('filters.status')}: ${filters.statuses.map((st) => t(`status.${st}`)).join(', ')}`,
    filters.horizon !== null && `${t('filters.horizon')}: ${format.year(filters.horizon)}`,
    filters.query.trim() && `${t('filters.search')}: “${filters.query.trim()}”`,
    filters.unit !== null && `${t('units.filter.label')}: ${filters.unit}`,
  ].filter((part): part is string => Boolean(part));
  return (
    <article className="report">
      <header className="report-cover">
        <p className="eyebrow">{t('report.eyebrow')}</p>
        <h1>{format.text(data.title)}</h1>
        <p>{t('report.asOf', { date: format.date(asOf), today: format.date(today) })}</p>
        {applied.length > 0 && <p className="report-filters">{t('report.filtersApplied', { list: applied.join(' · ') })}</p>}
        <FilteredNotice filtered={filtered} />
        <div className="report-actions">
          <button type="button" onClick={() => window.print()}>
            {t('report.print')}
          </button>
          <p className="muted">{t('report.hint')}</p>
        </div>
        {(report.sections.length > 0 || report.meetings.length > 0) && (
          <nav className="report-contents" aria-labelledby="report-contents">
            <h2 id="report-contents">{t('report.contents')}</h2>
            <ol>
              <li>
                <a href="#report-summary">{t('report.summary')}</a>
              </li>
              {review && (
                <li>
                  <a href="#report-review">{t('meetings.since.title')}</a>
                </li>
              )}
              {report.sections.map(({ resolution: r }) => (
                <li key={r.id}>
                  <a href={`#${sectionAnchor(r.id)}`}>
                    {t('resolution.short', { code: r.code })} — {format.text(r.title)}
                  </a>
                </li>
              ))}
              {deadlineCounts && (
                <li>
                  <a href="#report-deadline-counts">{t('units.deadlines.title')}</a>
                </li>
              )}
              {report.meetings.length > 0 && (
                <li>
                  <a href="#report-meetings">{t('overview.meetingsTitle')}</a>
                </li>
              )}
              <li>
                <a href="#report-sources">{t('report.footnotes')}</a>
              </li>
            </ol>
          </nav>
        )}
      </header>
      {report.sections.length === 0 && report.meetings.length === 0 ? (
        <EmptyState>{t('filters.nothing')}</EmptyState>
      ) : (
        <>
          <ReportSummary summary={report.summary} figuresByTarget={figuresByTarget} today={today} startYear={startYear} />
          {review && <ReportReview review={review} />}
          <div className="report-appendix">
            <p className="eyebrow report-appendix-head">{t('report.appendix')}</p>
            {report.sections.map((section) => (
              <ReportSection key={section.resolution.id} section={section} figuresByTarget={figuresByTarget} today={today} startYear={startYear} />
            ))}
            {deadlineCounts && <ReportDeadlineCounts report={deadlineCounts} resolutions={filtered.resolutions} today={today} />}
            <ReportMeetings meetings={report.meetings} />
          </div>
          <Bibliography entries={report.bibliography} />
        </>
      )}
    </article>
  );
}

/** A CSS string: quotes, backslashes and line breaks escaped, so dataset text cannot leave it. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;

/**
 * The running header (title and data date) and "Page N of M" in the printed page's margins.
 * @page margin boxes take only literal strings, so the rule is written for this report.
 */
function usePrintedPageMargins(head: string, pageOf: string) {
  useEffect(() => {
    const [before, middle, after] = pageOf.split(/\{\{(?:n|count)\}\}/);
    const style = document.createElement('style');
    style.dataset.reportPage = '';
    style.textContent = `@page { margin: 15mm 13mm; @top-left { content: ${cssString(head)}; font-size: 8pt; color: #333; } @bottom-right { content: ${cssString(before ?? '')} counter(page) ${cssString(middle ?? '')} counter(pages) ${cssString(after ?? '')}; font-size: 8pt; color: #333; } }`;
    document.head.append(style);
    return () => style.remove();
  }, [head, pageOf]);
}
