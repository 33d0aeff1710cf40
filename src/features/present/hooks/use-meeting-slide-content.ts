import { useTranslation } from '../../../hooks/use-translation';
import { useChangeSentence, useComparisonTitle } from '../../../hooks/use-change-sentence';
import { useFormat } from '../../../hooks/use-format';
import type { WhatChanged } from '../../../hooks/use-what-changed';
import type { MeetingSlide, SlideCard, SlideContent } from './use-slide-content';

/** The words of the review slides: what changed since the meeting, and who is to do what by when. */
export function useMeetingSlideContent(review: WhatChanged | null) {
  const { t } = useTranslation();
  const format = useFormat();
  const sentence = useChangeSentence(review?.labels ?? new Map(), review?.units);
  const comparisonTitle = useComparisonTitle();
  return (slide: MeetingSlide): SlideContent => {
    const subtitle = review ? comparisonTitle(review.comparison.from, review.comparison.to) : '';
    const sources = [t('meetings.slides.source')];
    if (slide.kind === 'since-meeting') {
      const changes = review?.changes.slice(slide.first, slide.first + slide.count) ?? [];
      const cards: SlideCard[] =
        changes.length === 0
          ? [{ text: t('meetings.change.nothing') }]
          : changes.map((c) => ({ text: sentence(c), ...(c.kind === 'status' && { status: c.to }) }));
      return { slide, columns: 1, title: t('meetings.since.title'), subtitle, cards, sources, notes: [subtitle, ...cards.map((c) => c.text)] };
    }
    const byId = new Map(review?.actions.map((a) => [a.decision.id, a]) ?? []);
    const cards = slide.decisionIds.flatMap((id): SlideCard[] => {
      const a = byId.get(id);
      if (!a) return [];
      const due = t('meetings.slides.due', { date: format.date(a.decision.dueOn) });
      return [{ eyebrow: a.decision.owner, text: a.decision.text, detail: a.state === 'overdue' ? `${t('meetings.state.overdue')} · ${due}` : due }];
    });
    return {
      slide,
      columns: 1,
      title: t('meetings.actions.title'),
      subtitle: t('meetings.slides.asOf', { date: format.date(review?.today ?? '') }),
      cards,
      sources,
      notes: cards.map((c) => t('meetings.slides.actionNote', { owner: c.eyebrow, text: c.text, due: c.detail })),
    };
  };
}
