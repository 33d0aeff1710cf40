import { memo } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { AppLink } from '../../../components/app-link';
import { EmptyState } from '../../../components/query-state';
import { paths } from '../../../config/paths';
import type { TargetProgress } from '../../../domain/progress';
import type { Target } from '../../../domain/types';
import { useFormat } from '../../../hooks/use-format';
import { useTargetSummary } from '../../../hooks/use-target-summary';
import { UserBadge } from '../../../components/user-badge';
import { VirtualList } from '../../../components/virtual-list';

/** Memoised: the overview hands it the same props until the data or filters change. */
export const TargetsOverview = memo(function TargetsOverview({ targets }: { targets: { target: Target; progress: TargetProgress }[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const summarise = useTargetSummary();
  return (
    <section className="panel" aria-labelledby="targets-title">
      <h2 id="targets-title">{t('overview.targetsTitle')}</h2>
      {targets.length === 0 ? (
        <EmptyState>{t('overview.noTargets')}</EmptyState>
      ) : (
        <VirtualList
          items={targets}
          getKey={({ target }) => target.id}
          label={t('overview.targetsTitle')}
          className="target-cards"
          itemClassName="target-card"
          estimateSize={120}
          renderItem={({ target, progress }) => (
            <>
              <h3>
                <AppLink to={paths.target(target.id)}>{format.text(target.label)}</AppLink>
                <UserBadge origin={target.origin} />
              </h3>
              <p>{summarise(target, progress)}</p>
              {progress.share !== null && progress.next && (
                // The bar says in words what it shows: "82% of about 115 by 2030".
                <label className="progress-label">
                  {t('target.shareOf', {
                    percent: format.percent(progress.share),
                    target: progress.next.approximate ? t('target.approx', { value: format.number(progress.next.value) }) : format.number(progress.next.value),
                    year: format.year(progress.next.year),
                  })}
                  <progress max={1} value={Math.min(progress.share, 1)}>
                    {format.percent(progress.share)}
                  </progress>
                </label>
              )}
            </>
          )}
        />
      )}
    </section>
  );
});
