import type { TargetPace } from './pace';
import type { LocalizedText, Target } from './types';

/** The catalog keys a target's sentence is made of (under `briefing.sentence.`). */
export type SentenceKey =
  | 'briefing.sentence.noFigure'
  | 'briefing.sentence.oneFigure'
  | 'briefing.sentence.pace'
  | 'briefing.sentence.reached'
  | 'briefing.sentence.met'
  | 'briefing.sentence.missed'
  | 'briefing.verdictInline.on_track'
  | 'briefing.verdictInline.behind'
  | 'target.approx';

export type Translate = (key: SentenceKey, params?: Record<string, string>) => string;

/** Formatting in the reader's language (the app's `useFormat`). */
export interface SentenceFormat {
  number: (n: number, digits?: number) => string;
  percent: (share: number) => string;
  date: (iso: string) => string;
  year: (y: number) => string;
  text: (t: LocalizedText) => string;
}

/**
 * One plain sentence a person can read aloud in a meeting, in the reader's language:
 * "94 of about 115 agencies (82%) on 30 June 2025; 4.7 a year needed to 2030, 3.1 a year so
 * far: behind". Every number in it is one the briefing shows beside it.
 */
export function targetSentence(target: Target, pace: TargetPace, t: Translate, format: SentenceFormat): string {
  const unit = format.text(target.unit);
  const milestones = [...target.milestones].sort((a, b) => a.year - b.year);
  const goal = pace.next ?? milestones.at(-1);
  if (!goal) return '';
  const goalValue = goal.approximate ? t('target.approx', { value: format.number(goal.value) }) : format.number(goal.value);
  const year = format.year(goal.year);
  const { latest } = pace;
  if (!latest) return t('briefing.sentence.noFigure', { target: goalValue, unit, year });
  const base = {
    value: format.number(latest.value),
    target: goalValue,
    unit,
    year,
    date: format.date(latest.asOf),
    percent: goal.value === 0 ? '–' : format.percent(latest.value / goal.value),
  };
  switch (pace.reason) {
    case 'deadline_met':
      return t('briefing.sentence.met', base);
    case 'deadline_missed':
      return t('briefing.sentence.missed', base);
    case 'reached':
      return t('briefing.sentence.reached', base);
    case 'one_figure':
      return t('briefing.sentence.oneFigure', { ...base, needed: format.number(pace.paceNeeded ?? 0) });
    default:
      return t('briefing.sentence.pace', {
        ...base,
        needed: format.number(pace.paceNeeded ?? 0),
        soFar: format.number(pace.paceSoFar ?? 0),
        verdict: t(pace.verdict === 'on_track' ? 'briefing.verdictInline.on_track' : 'briefing.verdictInline.behind'),
      });
  }
}
