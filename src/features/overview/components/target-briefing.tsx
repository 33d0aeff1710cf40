import { useTranslation } from '../../../hooks/use-translation';
import { AppLink } from '../../../components/app-link';
import { paths } from '../../../config/paths';
import type { TargetPace } from '../../../domain/pace';
import type { Target } from '../../../domain/types';
import { useFormat } from '../../../hooks/use-format';
import { useTargetSentence } from '../../../hooks/use-target-sentence';

/** One target on the first screen: the big number against the next target, the paces, the verdict and the sentence. */
export function TargetBriefing({ target, pace }: { target: Target; pace: TargetPace }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sentence = useTargetSentence();
  const unit = format.text(target.unit);
  const goal = pace.next ?? [...target.milestones].sort((a, b) => a.year - b.year).at(-1);
  const goalValue = goal ? (goal.approximate ? t('target.approx', { value: format.number(goal.value) }) : format.number(goal.value)) : '';
  // The badge says the verdict; a screen reader hears what it is a verdict of.
  const verdict = (
    <span className={`verdict verdict-${pace.verdict}`}>
      <span className="visually-hidden">{t('briefing.verdictLabel')} </span>
      {t(`briefing.verdict.${pace.verdict}`)}
    </span>
  );
  return (
    <article className="brief-card brief-target" aria-labelledby={`brief-${target.id}`}>
      <h3 id={`brief-${target.id}`} className="brief-label">
        <AppLink to={paths.target(target.id)}>{format.text(target.label)}</AppLink>
      </h3>
      {pace.latest ? (
        <p className="brief-figure">
          <strong className="brief-big" data-testid="brief-latest">{format.number(pace.latest.value)}</strong>{' '}
          {goal && <span>{t('briefing.ofTarget', { target: goalValue, unit, year: format.year(goal.year) })}</span>}
          {verdict}
        </p>
      ) : (
        <>
          {goal && <p className="brief-goal">{t(goal.approximate ? 'target.milestoneApprox' : 'target.milestone', { value: format.number(goal.value), unit, year: format.year(goal.year) })}</p>}
          <p>
            <span className="brief-none">{t('briefing.noFigure')}</span>
            {verdict}
          </p>
        </>
      )}
      {pace.share !== null && goal && (
        <p className="brief-share">
          <span className="brief-bar" aria-hidden="true">
            <span style={{ width: `${Math.min(pace.share, 1) * 100}%` }} />
          </span>
          <span>{t('briefing.share', { percent: format.percent(pace.share), year: format.year(goal.year) })}</span>
        </p>
      )}
      {pace.paceNeeded !== null && pace.next && (
        <ul className="brief-pace">
          <li>{t('briefing.paceNeeded', { pace: format.number(pace.paceNeeded), year: format.year(pace.next.year) })}</li>
          <li>{pace.paceSoFar === null ? t('briefing.paceSoFarNone') : t('briefing.paceSoFar', { pace: format.number(pace.paceSoFar) })}</li>
        </ul>
      )}
      <p className="brief-sentence">{sentence(target, pace)}</p>
    </article>
  );
}
