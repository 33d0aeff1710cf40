import { memo, useMemo } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { AppLink } from '../../../components/app-link';
import { DueOrHorizon } from '../../../components/due-or-horizon';
import { AssessedStatus } from '../../../components/assessed-status';
import { VirtualList } from '../../../components/virtual-list';
import { paths } from '../../../config/paths';
import type { Commitment, Resolution } from '../../../domain/types';
import { useFormat } from '../../../hooks/use-format';

/** What a search or filter found, listed, not only counted: each commitment with its status and resolution. */
export const MatchingCommitments = memo(function MatchingCommitments({ commitments, resolutions }: { commitments: Commitment[]; resolutions: Resolution[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const codes = useMemo(() => new Map(resolutions.map((r) => [r.id, r.code])), [resolutions]);
  if (commitments.length === 0) return null;
  const title = t('briefing.matchingTitle', { count: commitments.length });
  return (
    <section className="panel" aria-labelledby="matching-title">
      <h2 id="matching-title">{title}</h2>
      <VirtualList
        items={commitments}
        getKey={(c) => c.id}
        label={title}
        className="matching-list"
        estimateSize={64}
        renderItem={(c) => (
          <>
            <AssessedStatus commitmentId={c.id} status={c.status} clamp />
            <AppLink to={paths.commitment(c.id)}>{format.text(c.text)}</AppLink>
            {c.resolutionId !== null && <span className="muted">{t('resolution.short', { code: codes.get(c.resolutionId) ?? '' })}</span>}
            <DueOrHorizon commitment={c} />
          </>
        )}
      />
    </section>
  );
});
