import { memo } from 'react';
import { useTranslation } from '../hooks/use-translation';
import type { Commitment } from '../domain/types';
import { useFormat } from '../hooks/use-format';

/** "due 2030" only where a source sets that deadline; "horizon 2030" where the plan runs to it. */
/** Memoised, like StatusBadge: a commitment's deadline does not change with the filters. */
export const DueOrHorizon = memo(function DueOrHorizon({ commitment }: { commitment: Commitment }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (commitment.dueYear !== null) return <span className="muted">{t('commitment.due', { year: format.year(commitment.dueYear) })}</span>;
  if (commitment.horizonYear != null)
    return <span className="muted">{t('commitment.horizon', { year: format.year(commitment.horizonYear) })}</span>;
  return null;
});
