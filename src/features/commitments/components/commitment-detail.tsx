import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/app-link';
import { CitationList } from '../../../components/citation-list';
import { StatusBadge } from '../../../components/status-badge';
import { paths } from '../../../config/paths';
import type { Commitment, Dataset } from '../../../domain/types';
import { useFormat } from '../../../hooks/use-format';
import { UserBadge } from '../../../components/user-badge';

export function CommitmentDetail({ commitment, data }: { commitment: Commitment; data: Dataset }) {
  const { t } = useTranslation();
  const format = useFormat();
  const resolution = data.resolutions.find((r) => r.id === commitment.resolutionId);
  const parent = data.commitments.find((c) => c.id === commitment.parentId);
  const measures = data.commitments.filter((c) => c.parentId === commitment.id).sort((a, b) => a.order - b.order);
  const targets = data.targets.filter((tg) => tg.commitmentId === commitment.id);
  return (
    <article className="panel detail">
      <p className="eyebrow">{t(`kind.${commitment.kind}`, { n: commitment.order })}</p>
      <h1>
        {format.text(commitment.text)}
        <UserBadge origin={commitment.origin} />
      </h1>
      <dl className="facts-grid">
        <dt>{t('commitment.resolution')}</dt>
        <dd>
          {resolution && (
            <AppLink to={paths.resolution(resolution.id)}>
              {t('resolution.short', { code: resolution.code })} — {format.text(resolution.title)}
            </AppLink>
          )}
        </dd>
        {parent && (
          <>
            <dt>{t('commitment.partOf')}</dt>
            <dd>
              <AppLink to={paths.commitment(parent.id)}>{format.text(parent.text)}</AppLink>
            </dd>
          </>
        )}
        <dt>{t('commitment.dueLabel')}</dt>
        <dd>{commitment.dueYear === null ? t('commitment.noDue') : format.year(commitment.dueYear)}</dd>
        <dt>{t('commitment.status')}</dt>
        <dd>
          <StatusBadge status={commitment.status} />
          {commitment.status === 'not_assessed' && <span className="muted"> {t('commitment.notAssessedWhy')}</span>}
        </dd>
      </dl>
      {measures.length > 0 && (
        <section>
          <h2>{t('commitment.measures')}</h2>
          <ul>
            {measures.map((m) => (
              <li key={m.id}>
                <AppLink to={paths.commitment(m.id)}>{format.text(m.text)}</AppLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      {targets.length > 0 && (
        <section>
          <h2>{t('commitment.targets')}</h2>
          <ul>
            {targets.map((tg) => (
              <li key={tg.id}>
                <AppLink to={paths.target(tg.id)}>{format.text(tg.label)}</AppLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h2>{t('citations.title')}</h2>
        <CitationList citations={commitment.citations} />
      </section>
    </article>
  );
}
