import { useTranslation } from './use-translation';
import type { SnapshotChange } from '../domain/snapshot-diff';
import { changeLabel } from '../domain/what-changed';
import type { LocalizedText } from '../domain/types';
import { useFormat } from './use-format';

/**
 * Each change as a sentence a meeting reads aloud, in the language on screen: whose status moved
 * and why, what a new figure did to the verdict and the pace, what was added, edited or removed,
 * which deadlines passed or moved, which decisions were taken, done or are overdue.
 */
export function useChangeSentence(labels: ReadonlyMap<string, LocalizedText>, units: ReadonlyMap<string, LocalizedText> = new Map()) {
  const { t } = useTranslation();
  const format = useFormat();
  const year = (y: number | null) => (y === null ? t('meetings.change.none') : format.year(y));
  const figure = (f: { value: number; asOf: string } | null, targetId: string) => {
    const unit = units.get(targetId);
    if (!f) return '';
    const value = format.number(f.value, 2);
    const date = format.date(f.asOf);
    // A target removed since has no unit left to say.
    return unit ? t('meetings.change.figureValue', { value, unit: format.text(unit), date }) : t('meetings.change.figureValueBare', { value, date });
  };
  const pace = (n: number) => format.number(n, 2);
  return (change: SnapshotChange): string => {
    // A commitment's text is a sentence of its own: its full stop would run into the colon after it.
    const subject = changeLabel(change, labels, format.locale).replace(/\.\s*$/, '');
    switch (change.kind) {
      case 'status': {
        const to = t(`status.${change.to}`);
        const head = change.from === null ? t('meetings.change.statusNew', { subject, to }) : t('meetings.change.status', { subject, from: t(`status.${change.from}`), to });
        const a = change.assessment;
        if (!a) return head;
        const who = a.by ? t('meetings.change.assessedBy', { by: a.by, date: format.date(a.on) }) : t('meetings.change.assessedOn', { date: format.date(a.on) });
        return `${head} ${who} ${t('meetings.change.quote', { text: a.justification })}`;
      }
      case 'figure': {
        const head = change.to === null
          ? t('meetings.change.figureGone', { subject })
          : change.from === null
            ? t('meetings.change.figureFirst', { subject, to: figure(change.to, change.targetId) })
            : t('meetings.change.figure', { subject, from: figure(change.from, change.targetId), to: figure(change.to, change.targetId) });
        const verdictTo = t(`briefing.verdict.${change.verdictTo}`);
        const verdict = change.verdictFrom !== null && change.verdictFrom !== change.verdictTo
          ? t('meetings.change.verdictMoved', { from: t(`briefing.verdict.${change.verdictFrom}`), to: verdictTo })
          : t('meetings.change.verdictIs', { verdict: verdictTo });
        const { paceSoFar, paceNeeded } = change;
        // A first figure has no pace yet; a target reached needs none.
        const paceText =
          paceNeeded === null ? '' : paceSoFar === null ? t('meetings.change.paceNeeded', { needed: pace(paceNeeded) }) : t('meetings.change.pace', { soFar: pace(paceSoFar), needed: pace(paceNeeded) });
        return [head, verdict, paceText].filter(Boolean).join(' ');
      }
      case 'verdict':
        return t('meetings.change.verdict', { subject, from: t(`briefing.verdict.${change.from}`), to: t(`briefing.verdict.${change.to}`) });
      case 'item-added':
        return t('meetings.change.itemAdded', { subject, kind: t(`meetings.itemKind.${change.item.kind}`) });
      case 'item-edited':
        return t('meetings.change.itemEdited', { subject, kind: t(`meetings.itemKind.${change.after.kind}`) });
      case 'item-removed':
        return t('meetings.change.itemRemoved', { subject, kind: t(`meetings.itemKind.${change.item.kind}`) });
      case 'deadline-passed': {
        const status = change.status ? ` ${t('meetings.change.statusAt', { status: t(`status.${change.status}`) })}` : '';
        const which = change.key === 'due' ? 'deadlineDue' : change.key === 'horizon' ? 'deadlineHorizon' : 'deadlineMilestone';
        return `${t(`meetings.change.${which}`, { subject, year: format.year(change.year) })}${status}`;
      }
      case 'deadline-moved':
        return t(change.key === 'due' ? 'meetings.change.dueMoved' : 'meetings.change.horizonMoved', { subject, from: year(change.from), to: year(change.to) });
      case 'decision-added':
        return t('meetings.change.decisionAdded', { subject, owner: change.decision.owner, date: format.date(change.decision.dueOn) });
      case 'decision-edited':
        return t('meetings.change.decisionEdited', { subject });
      case 'decision-done': {
        const done = change.decision.done;
        const base = t('meetings.change.decisionDone', { subject, owner: change.decision.owner, date: done ? format.date(done.on) : '' });
        return done?.note ? `${base} ${t('meetings.change.quote', { text: done.note })}` : base;
      }
      case 'decision-overdue':
        return t('meetings.change.decisionOverdue', { subject, owner: change.decision.owner, date: format.date(change.decision.dueOn) });
      case 'decision-removed':
        return t('meetings.change.decisionRemoved', { subject });
    }
  };
}

/** "From “Review 1” (1 March 2026) to “Review 2” (1 April 2026)", or "… to today". */
export function useComparisonTitle() {
  const { t } = useTranslation();
  const format = useFormat();
  return (from: { title: string; date: string }, to: { title: string; date: string } | null): string =>
    to
      ? t('meetings.compare.between', { from: from.title, fromDate: format.date(from.date), to: to.title, toDate: format.date(to.date) })
      : t('meetings.compare.sinceNow', { from: from.title, fromDate: format.date(from.date) });
}
