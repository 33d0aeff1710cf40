import { useTranslation } from '../../hooks/use-translation';
import type { TargetProgress } from '../../domain/progress';
import type { Target } from '../../domain/types';
import { useFormat } from '../../hooks/use-format';
import { useTargetSummary } from '../../hooks/use-target-summary';
import type { TargetAnnotations } from './build-target-series';

/**
 * The words of a target chart's annotations, shared by the chart, its text summary and its data
 * table so all three say the same numbers. A computed value (path, projection) of a target counted
 * in whole units is rounded to a whole unit.
 */
export function useTargetNotes() {
  const { t } = useTranslation();
  const format = useFormat();
  return (target: Target, a: TargetAnnotations) => {
    const whole = target.milestones.every((m) => Number.isInteger(m.value));
    const computed = (v: number) => format.number(v, whole ? 0 : 1);
    const goal = (value: number, approximate: boolean) =>
      approximate ? t('target.approx', { value: format.number(value) }) : format.number(value);
    const gap = a.gap && {
      target: goal(a.gap.target, a.gap.approximate),
      year: format.year(a.gap.x),
      remaining: format.number(Math.abs(a.gap.remaining)),
      percent: a.gap.share === null ? '–' : format.percent(a.gap.share),
      reached: a.gap.remaining <= 0,
    };
    return {
      latest: a.latest && { value: format.number(a.latest.value), date: format.date(a.latest.asOf) },
      gap,
      /** The gap in short lines, for the chart. */
      gapLines: gap
        ? gap.reached
          ? [t('target.note.reached', gap), t('target.note.share', gap)]
          : [t('target.note.toGo', gap), t('target.note.toTarget', gap), t('target.note.share', gap)]
        : [],
      /** On a phone: the year is on the axis under it. */
      gapLinesNarrow: gap && !gap.reached ? [t('target.note.toGo', gap), gap.target, t('target.note.share', gap)] : undefined,
      pathToday: a.pathToday && computed(a.pathToday.value),
      projections: a.projections.map((p) => ({ value: computed(p.value), year: format.year(p.x) })),
      events: a.events.map((e) => ({
        number: format.number(e.number),
        date: format.date(e.event.date),
        title: format.text(e.event.title),
      })),
    };
  };
}

/**
 * A target chart's text summary: the targets and the latest figure (as the overview says them),
 * then what the chart writes on itself, in the same numbers.
 */
export function useTargetChartSummary() {
  const { t } = useTranslation();
  const format = useFormat();
  const summarise = useTargetSummary();
  const notesOf = useTargetNotes();
  return (target: Target, progress: TargetProgress, annotations: TargetAnnotations): string => {
    const n = notesOf(target, annotations);
    const unit = format.text(target.unit);
    const parts = [summarise(target, progress)];
    if (n.gap) parts.push(t(n.gap.reached ? 'target.summary.reached' : 'target.summary.gap', { ...n.gap, unit }));
    if (n.pathToday) parts.push(t('target.summary.pathToday', { value: n.pathToday, unit }));
    if (n.projections.length > 0)
      parts.push(t('target.summary.projection', { list: n.projections.map((p) => t('target.summary.projectionItem', p)).join(', ') }));
    if (n.events.length > 0) parts.push(t('target.summary.events', { list: n.events.map((e) => t('target.eventItem', e)).join('; ') }));
    return parts.join(' ');
  };
}
