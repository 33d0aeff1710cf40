import { useTranslation } from '../hooks/use-translation';
import { paths } from '../config/paths';
import type { Target } from '../domain/types';
import { useFormat } from '../hooks/use-format';
import { AppLink } from './app-link';

/** "about 115 agencies by 2030", linked to its target: one wording wherever a milestone is listed. */
export function MilestoneLink({ target, milestone }: { target: Target; milestone: Target['milestones'][number] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <AppLink to={paths.target(target.id)}>
      {t(milestone.approximate ? 'target.milestoneApprox' : 'target.milestone', {
        value: format.number(milestone.value),
        unit: format.text(target.unit),
        year: format.year(milestone.year),
      })}
    </AppLink>
  );
}
