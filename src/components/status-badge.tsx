import { memo } from 'react';
import { useTranslation } from '../hooks/use-translation';
import type { Status } from '../domain/types';

/** Memoised: a list re-rendered by a filter redraws its rows, not each row's unchanged badge. */
export const StatusBadge = memo(function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation();
  return <span className={`status-badge status-${status}`}>{t(`status.${status}`)}</span>;
});
