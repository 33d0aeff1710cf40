import { useTranslation } from './use-translation';
import type { TargetProgress } from '../domain/progress';
import type { Target } from '../domain/types';
import { useFormat } from './use-format';

/** The sentence a screen reader reads for a target chart, and the card text on the overview. */
export function useTargetSummary() {
  const { t } = useTranslation();
  const format = useFormat();
  return (target: Target, progress: TargetProgress): string => {
    const unit = format.text(target.unit);
    const goals = [...target.milestones]
      .sort((a, b) => a.year - b.year)
      .map((m) =>
        t(m.approximate ? 'target.milestoneApprox' : 'target.milestone', {
          value: format.number(m.value),
          unit,
          year: format.year(m.year),
        }),
      )
      // "; " with the narrow no-break space French puts before it.
      .join(t('target.listSeparator'));
    if (!progress.latest) return `${goals}. ${t('target.noFigure')}`;
    const latest = t('target.latestFigure', {
      value: format.number(progress.latest.value),
      unit,
      date: format.date(progress.latest.asOf),
    });
    const pace =
      progress.paceNeeded !== null && progress.next
        ? ` ${t('target.pace', { pace: format.number(progress.paceNeeded), unit, year: format.year(progress.next.year) })}`
        : '';
    return `${goals}. ${latest}.${pace}`;
  };
}
