import { memo } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { AppLink } from '../../../components/app-link';
import { MilestoneLink } from '../../../components/milestone-link';
import { AssessedStatus } from '../../../components/assessed-status';
import { paths } from '../../../config/paths';
import type { Briefing, Change } from '../../../domain/briefing';
import { useFormat } from '../../../hooks/use-format';
import { useTimeLeft } from '../../../hooks/use-time-left';
import { countsText } from '../../../lib/counts-text';
import { TargetBriefing } from './target-briefing';

/** More targets than this and the first screen stops being a briefing: the rest are listed below. */
const TARGETS_SHOWN = 2;

/**
 * The first screen: what a meeting asks within ten seconds. Each numeric target against its next
 * target, the next deadline and the time left, how many commitments are assessed and which are at
 * risk, and what changed lately. Memoised: the overview hands it the same props until the data or
 * filters change.
 */
export const BriefingStrip = memo(function BriefingStrip({ briefing }: { briefing: Briefing }) {
  const { t } = useTranslation();
  const shown = briefing.targets.slice(0, TARGETS_SHOWN);
  const more = briefing.targets.length - shown.length;
  return (
    <section className="briefing" aria-labelledby="briefing-title">
      <h2 id="briefing-title" className="visually-hidden">
        {t('briefing.title')}
      </h2>
      <div className="briefing-grid">
        {shown.map(({ target, progress }) => (
          <TargetBriefing key={target.id} target={target} pace={progress} />
        ))}
        {more > 0 && (
          <p className="brief-more">
            <a href="#targets-title">{t('briefing.moreTargets', { count: more })}</a>
          </p>
        )}
        <NextDeadlineCell briefing={briefing} />
        <AssessedCell briefing={briefing} />
        <ChangesCell changes={briefing.changes} />
      </div>
    </section>
  );
});

function NextDeadlineCell({ briefing }: { briefing: Briefing }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { words: timeLeft } = useTimeLeft();
  const { next } = briefing;
  return (
    <article className="brief-card" aria-labelledby="brief-deadline">
      <h3 id="brief-deadline" className="brief-label">{t('briefing.nextDeadline')}</h3>
      {next ? (
        <>
          <p className="brief-figure">
            <strong className="brief-big">{format.year(next.year)}</strong> <span>{timeLeft(next.left)}</span>
          </p>
          <ul className="brief-list">
            {next.commitments.length > 0 && <li>{countsText(t, next.commitments, 'deadline.commitments')}</li>}
            {next.milestones.map(({ target, milestone }) => (
              <li key={target.id}>
                <MilestoneLink target={target} milestone={milestone} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('briefing.noDeadline')}</p>
      )}
    </article>
  );
}

function AssessedCell({ briefing }: { briefing: Briefing }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { counts, worrying } = briefing;
  return (
    <article className="brief-card" aria-labelledby="brief-assessed">
      <h3 id="brief-assessed" className="brief-label">{t('briefing.assessedTitle')}</h3>
      <p className="brief-figure">
        <strong className="brief-big">{format.number(counts.assessed)}</strong> <span>{t('briefing.assessedOf', { total: format.number(counts.total) })}</span>
      </p>
      <p className={worrying.length > 0 ? 'brief-alert' : undefined}>
        {worrying.length > 0 ? t('briefing.atRisk', { count: worrying.length }) : t('briefing.noneAtRisk')}
      </p>
      {worrying.length > 0 && (
        <ul className="brief-list">
          {worrying.slice(0, 2).map((c) => (
            <li key={c.id}>
              <AppLink to={paths.commitment(c.id)} className="brief-clamp">{format.text(c.text)}</AppLink> <AssessedStatus commitmentId={c.id} status={c.status} clamp />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function ChangeLine({ change }: { change: Change }) {
  const { t } = useTranslation();
  const format = useFormat();
  switch (change.kind) {
    case 'figure':
      return (
        <AppLink to={paths.target(change.target.id)}>
          {t('briefing.changeFigure', { value: format.number(change.figure.value), unit: format.text(change.target.unit), target: format.text(change.target.label) })}
        </AppLink>
      );
    case 'assessment':
      return (
        <AppLink to={paths.commitment(change.commitment.id)}>
          {t('briefing.changeAssessment', { status: t(`status.${change.assessment.status}`), commitment: format.text(change.commitment.text) })}
        </AppLink>
      );
    case 'event':
      return <span>{format.text(change.event.title)}</span>;
  }
}

function ChangesCell({ changes }: { changes: Change[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <article className="brief-card brief-changes" aria-labelledby="brief-changes">
      <h3 id="brief-changes" className="brief-label">{t('briefing.changesTitle')}</h3>
      {changes.length === 0 ? (
        <p>{t('briefing.noChanges')}</p>
      ) : (
        <ol className="brief-list">
          {changes.map((change) => (
            <li key={`${change.kind}-${change.kind === 'figure' ? change.figure.id : change.kind === 'assessment' ? change.assessment.id : change.event.id}`}>
              <span className="brief-when">
                <time dateTime={change.date}>{format.dateRangeShort(change.date)}</time> · {t(`briefing.changeKind.${change.kind}`)}
              </span>{' '}
              <span className="brief-clamp"><ChangeLine change={change} /></span>
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
