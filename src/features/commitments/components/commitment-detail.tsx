import { useTranslation } from '../../../hooks/use-translation';
import { AppLink } from '../../../components/app-link';
import { CitationList } from '../../../components/citation-list';
import { AssessedStatus } from '../../../components/assessed-status';
import { paths } from '../../../config/paths';
import type { Commitment, Dataset } from '../../../domain/types';
import { useFormat } from '../../../hooks/use-format';
import { UserBadge } from '../../../components/user-badge';
import { InferredNote } from '../../../components/inferred-note';
import type { EffectiveUnits } from '../../../domain/units';
import { CommitmentUnitsFacts, CommitmentUnitsSources } from './commitment-units';

export function CommitmentDetail({ commitment, data, units }: { commitment: Commitment; data: Dataset; units: EffectiveUnits }) {
  const { t } = useTranslation();
  const format = useFormat();
  const resolution = data.resolutions.find((r) => r.id === commitment.resolutionId);
  const meeting = data.events.find((e) => e.id === commitment.eventId);
  const served = data.resolutions.filter((r) => commitment.resolutionId === null && (commitment.serves ?? []).includes(r.id));
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
      <InferredNote inferred={commitment.inferred} />
      <dl className="facts-grid">
        {resolution && (
          <>
            <dt>{t('commitment.resolution')}</dt>
            <dd>
              <AppLink to={paths.resolution(resolution.id)}>
                {t('resolution.short', { code: resolution.code })} — {format.text(resolution.title)}
              </AppLink>
            </dd>
          </>
        )}
        {meeting && (
          <>
            <dt>{t('commitment.madeAt')}</dt>
            <dd>
              {format.text(meeting.title)} ({format.dateRange(meeting.date, meeting.endDate)})
            </dd>
          </>
        )}
        {commitment.issuer && (
          <>
            <dt>{t('commitment.issuer')}</dt>
            <dd>{format.text(commitment.issuer)}</dd>
          </>
        )}
        {commitment.addressee && (
          <>
            <dt>{t('commitment.addressee')}</dt>
            <dd>{format.text(commitment.addressee)}</dd>
          </>
        )}
        {served.length > 0 && (
          <>
            <dt>{t('commitment.serves')}</dt>
            <dd>
              {served.map((r, i) => (
                <span key={r.id}>
                  {i > 0 && ', '}
                  <AppLink to={paths.resolution(r.id)}>{t('resolution.short', { code: r.code })}</AppLink>
                </span>
              ))}
            </dd>
          </>
        )}
        {parent && (
          <>
            <dt>{t('commitment.partOf')}</dt>
            <dd>
              <AppLink to={paths.commitment(parent.id)}>{format.text(parent.text)}</AppLink>
            </dd>
          </>
        )}
        {commitment.dueYear === null && commitment.horizonYear != null ? (
          <>
            <dt>{t('commitment.horizonLabel')}</dt>
            <dd>
              {format.year(commitment.horizonYear)}{' '}
              <span className="muted">{t('commitment.horizonWhy', { year: format.year(commitment.horizonYear) })}</span>
            </dd>
          </>
        ) : (
          <>
            <dt>{t('commitment.dueLabel')}</dt>
            <dd>{commitment.dueYear === null ? t('commitment.noDue') : format.year(commitment.dueYear)}</dd>
          </>
        )}
        <dt>{t('commitment.status')}</dt>
        <dd>
          <AssessedStatus commitmentId={commitment.id} status={commitment.status} />
          {commitment.status === 'not_assessed' && <span className="muted"> {t('commitment.notAssessedWhy')}</span>}
        </dd>
        <CommitmentUnitsFacts units={units} />
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
      <CommitmentUnitsSources units={commitment.units} />
    </article>
  );
}
