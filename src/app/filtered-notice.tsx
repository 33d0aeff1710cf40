import { useTranslation } from '../hooks/use-translation';
import type { FilteredDataset } from '../domain/filters';
import { isFiltering } from '../domain/filters';
import { useFilters } from '../hooks/use-filters';

/** Says what the filters leave on screen, and that nothing matches when that is the case. */
export function FilteredNotice({ filtered }: { filtered: FilteredDataset }) {
  const { t } = useTranslation();
  const { filters } = useFilters();
  if (!isFiltering(filters)) return null;
  const nothing =
    filtered.commitments.length + filtered.targets.length + filtered.events.length + filtered.facts.length === 0;
  return (
    <p className={nothing ? 'notice' : 'muted'} role="status">
      {nothing
        ? t('filters.nothing')
        : t('filters.showing', {
            commitments: t('filters.nCommitments', { count: filtered.commitments.length }),
            targets: t('filters.nTargets', { count: filtered.targets.length }),
            events: t('filters.nEvents', { count: filtered.events.length }),
          })}
    </p>
  );
}
