import { memo } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { AppLink } from '../../../components/app-link';
import { EmptyState } from '../../../components/query-state';
import { paths } from '../../../config/paths';
import type { PolicyEvent } from '../../../domain/types';
import { useFormat } from '../../../hooks/use-format';
import { UserBadge } from '../../../components/user-badge';
import { InferredNote } from '../../../components/inferred-note';

/** Memoised: the overview hands it the same props until the data or filters change. */
export const RecentEvents = memo(function RecentEvents({ events }: { events: PolicyEvent[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="panel" aria-labelledby="events-title">
      <h2 id="events-title">{t('overview.eventsTitle')}</h2>
      {events.length === 0 ? (
        <EmptyState>{t('overview.noEvents')}</EmptyState>
      ) : (
        <ol className="event-list">
          {events.map((e) => (
            <li key={e.id}>
              <time dateTime={e.date}>{format.dateRange(e.date, e.endDate)}</time>
              <span className="event-kind">{t(`eventKind.${e.kind}`)}</span>
              <span>
                {format.text(e.title)}
                <UserBadge origin={e.origin} />
                <InferredNote inferred={e.inferred} compact />
              </span>
            </li>
          ))}
        </ol>
      )}
      <p>
        <AppLink to={paths.timeline()}>{t('overview.openTimeline')}</AppLink>
      </p>
    </section>
  );
});
