import { memo } from 'react';
import { useTranslation } from '../hooks/use-translation';
import type { Status } from '../domain/types';
import { useFormat } from '../hooks/use-format';
import { useLatestAssessment } from '../hooks/use-latest-assessment';
import { StatusBadge } from './status-badge';

/**
 * A commitment's status with the reason it was given: the justification of the assessment that
 * set it, and when. Wherever a status shows, its justification shows with it (not only in the
 * assessment's history). `clamp`: one line, for lists and the briefing.
 */
export const AssessedStatus = memo(function AssessedStatus({ commitmentId, status, clamp = false }: { commitmentId: string; status: Status; clamp?: boolean }) {
  const latest = useLatestAssessment(commitmentId);
  const { t } = useTranslation();
  const format = useFormat();
  const reason = latest !== null && latest.status === status ? latest : null;
  return (
    <>
      <StatusBadge status={status} />
      {reason && (
        <span className={clamp ? 'status-reason status-reason-clamp' : 'status-reason'}>
          {t('records.assessment.reason', { justification: reason.justification, date: format.date(reason.date) })}
        </span>
      )}
    </>
  );
});
