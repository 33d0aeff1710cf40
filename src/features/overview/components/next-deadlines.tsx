import { memo, type ReactNode } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { AppLink } from '../../../components/app-link';
import { MilestoneLink } from '../../../components/milestone-link';
import { EmptyState } from '../../../components/query-state';
import { paths } from '../../../config/paths';
import type { Deadline } from '../../../domain/deadlines';
import { useFormat } from '../../../hooks/use-format';
import { countsText } from '../../../lib/counts-text';
import { VirtualList } from '../../../components/virtual-list';

/** Memoised: the overview hands it the same props until the data or filters change. */
export const NextDeadlines = memo(function NextDeadlines({ deadlines, footer }: { deadlines: Deadline[]; footer?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="panel" aria-labelledby="deadlines-title">
      <h2 id="deadlines-title">{t('overview.deadlinesTitle')}</h2>
      {deadlines.length === 0 ? (
        <EmptyState>{t('overview.noDeadlines')}</EmptyState>
      ) : (
        <VirtualList
          as="ol"
          items={deadlines}
          getKey={(d) => `${d.year}-${d.resolution.id}`}
          label={t('overview.deadlinesTitle')}
          className="deadline-list"
          estimateSize={90}
          renderItem={(d) => (
            <>
              <span className="deadline-year">{format.year(d.year)}</span>
              <div>
                <AppLink to={paths.resolution(d.resolution.id)}>{t('resolution.short', { code: d.resolution.code })}</AppLink>
                {d.commitments.length > 0 && <p>{countsText(t, d.commitments, 'deadline.commitments')}</p>}
                {d.onHorizon.length > 0 && <p className="muted">{countsText(t, d.onHorizon, 'deadline.horizon')}</p>}
                {d.milestones.map(({ target, milestone }) => (
                  <p key={target.id}>
                    <MilestoneLink target={target} milestone={milestone} />
                  </p>
                ))}
              </div>
            </>
          )}
        />
      )}
      {footer}
    </section>
  );
});
