import { useParams } from 'react-router';
import { useTranslation } from '../../hooks/use-translation';
import { CitationList } from '../../components/citation-list';
import { EmptyState, QueryState } from '../../components/query-state';
import { ResolutionTree } from '../../features/resolutions/components/resolution-tree';
import { useFilteredDataset } from '../../hooks/use-filtered-dataset';
import { useFormat } from '../../hooks/use-format';
import { FilteredNotice } from '../filtered-notice';
import { NotFound } from './not-found';
import { UserBadge } from '../../components/user-badge';
import { Statements } from '../../components/statements';
import { servesResolution } from '../../domain/commitment-links';
import { groupByMeeting } from '../../domain/meetings';
import { MeetingCommitments } from '../../components/meeting-commitments';

export function ResolutionRoute() {
  const { resolutionId } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const query = useFilteredDataset();
  const resolution = query.data?.data.resolutions.find((r) => r.id === resolutionId);
  const commitments = query.data?.filtered.commitments.filter((c) => c.resolutionId === resolutionId) ?? [];
  const listsOwn = query.data?.data.commitments.some((c) => c.resolutionId === resolutionId) ?? false;
  const fromMeetings = query.data
    ? groupByMeeting(
        query.data.filtered.commitments.filter((c) => c.resolutionId === null && servesResolution(c, resolutionId ?? '')),
        query.data.data.events,
      )
    : [];
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching}>
      {query.data && !resolution && <NotFound />}
      {query.data && resolution && (
        <article className="detail">
          <header className="panel">
            <p className="eyebrow">{format.text(resolution.issuer)}</p>
            <h1>
              {t('resolution.short', { code: resolution.code })} — {format.text(resolution.title)}
              <UserBadge origin={resolution.origin} />
            </h1>
            {resolution.alsoCitedAs && <p>{t('resolution.alsoCitedAs', { codes: resolution.alsoCitedAs.join(', ') })}</p>}
            {resolution.note && (
              <p className="notice" role="note">
                <strong>{t('resolution.sourceNote')}</strong> {format.text(resolution.note)}
              </p>
            )}
            <details>
              <summary>{t('citations.show', { count: resolution.citations.length })}</summary>
              <CitationList citations={resolution.citations} />
            </details>
            <Statements statements={resolution.statements} title={t('resolution.statements')} />
          </header>
          <FilteredNotice filtered={query.data.filtered} />
          <section className="panel" aria-labelledby="tasks-title">
            <h2 id="tasks-title">{t('resolution.tasks')}</h2>
            {commitments.length > 0 ? (
              <ResolutionTree commitments={commitments} />
            ) : (
              <EmptyState>{t(listsOwn ? 'resolution.noCommitments' : 'resolution.noCommitmentsInSources')}</EmptyState>
            )}
          </section>
          {fromMeetings.length > 0 && (
            <section className="panel" aria-labelledby="meetings-title">
              <h2 id="meetings-title">{t('resolution.fromMeetings')}</h2>
              <MeetingCommitments groups={fromMeetings} />
            </section>
          )}
        </article>
      )}
    </QueryState>
  );
}
