import { useMemo } from 'react';
import { dataAsOf } from '../../../domain/as-of';
import { commitmentDeadlines, countDeadlines, hasDeadlineNews } from '../../../domain/deadline-counts';
import { upcomingDeadlines } from '../../../domain/deadlines';
import { buildSlides, clampSlide } from '../../../domain/slides';
import { useFilteredDataset } from '../../../hooks/use-filtered-dataset';
import { useSearchUpdate } from '../../../hooks/use-search-update';
import { todayIso } from '../../../lib/clock';
import { useWhatChanged } from '../../../hooks/use-what-changed';
import { useMeetingSlideContent } from './use-meeting-slide-content';
import { isMeetingSlide, useSlideContent, type DeckData, type SlideContent } from './use-slide-content';

/**
 * The deck for the filtered view: its data and slides, each slide's words on demand, and the
 * slide the URL names. The data and the list of slides are worked out once per dataset, filters,
 * meeting and day; a step to the next slide words that slide only. (Wording every slide at every
 * step took 0.4-0.6 s a press on a 486-slide deck and 10-14 s on a 2,367-slide one.)
 */
export function useDeck() {
  const query = useFilteredDataset();
  const { params, update, setParams } = useSearchUpdate();
  const contentOf = useSlideContent();
  // The comparison the overview shows: its link carries the same "since" and "until".
  const review = useWhatChanged({ from: params.get('since'), to: params.get('until') }).data ?? null;
  const meetingContentOf = useMeetingSlideContent(review);
  const today = todayIso();
  const prepared = useMemo(() => {
    if (!query.data) return null;
    const { data, filtered, figures, figuresByTarget, assessments, assignments } = query.data;
    const rows = commitmentDeadlines(filtered.commitments, { assessments, assignments }, today);
    const deck: DeckData = {
      data,
      filtered,
      figuresByTarget,
      assessments,
      asOf: dataAsOf(data, figures, assessments),
      today,
      deadlineCounts: countDeadlines(rows, filtered.resolutions.map((r) => r.id)),
      overdue: rows.filter((r) => r.state === 'overdue'),
      deadlines: upcomingDeadlines(filtered.resolutions, filtered.commitments, filtered.targets, Number(today.slice(0, 4))),
    };
    return { deck, deadlineNews: hasDeadlineNews(rows) };
  }, [query.data, today]);
  const slides = useMemo(() => {
    if (!prepared) return [];
    const { deck, deadlineNews } = prepared;
    const meetings = review ? { held: true, changes: review.changes.length, openDecisionIds: review.actions.map((a) => a.decision.id) } : undefined;
    return buildSlides(deck.filtered, Number(deck.today.slice(0, 4)), meetings, deadlineNews);
  }, [prepared, review]);
  const deck = prepared?.deck ?? null;
  const count = slides.length;
  /** Slide `n`'s words (1-based, as people count slides); undefined outside the deck. */
  const contentAt = (n: number): SlideContent | undefined => {
    const slide = slides[n - 1];
    if (!slide || !deck) return undefined;
    return isMeetingSlide(slide) ? meetingContentOf(slide) : contentOf(slide, deck);
  };
  /** Every slide's words: for printing and exporting the whole deck. */
  const allContents = () => slides.map((_, i) => contentAt(i + 1)!);
  const current = clampSlide(params.get('slide'), count);
  // From the slide last asked for, not the one last rendered: a clicker can be fast.
  const go = (to: (now: number, count: number) => number) =>
    update(
      (latest) => {
        const next = new URLSearchParams(latest);
        next.set('slide', String(Math.min(Math.max(1, to(clampSlide(latest.get('slide'), count), count)), count)));
        return next;
      },
      { replace: true },
    );
  return { query, deck, count, contentAt, allContents, current, go, params, setParams };
}
