import { useSearchParams } from 'react-router';
import { dataAsOf } from '../../../domain/as-of';
import { commitmentDeadlines, countDeadlines, hasDeadlineNews } from '../../../domain/deadline-counts';
import { buildSlides, clampSlide } from '../../../domain/slides';
import { useFilteredDataset } from '../../../hooks/use-filtered-dataset';
import { todayIso } from '../../../lib/clock';
import { useWhatChanged } from '../../../hooks/use-what-changed';
import { useMeetingSlideContent } from './use-meeting-slide-content';
import { isMeetingSlide, useSlideContent, type DeckData, type SlideContent } from './use-slide-content';

/** The deck for the filtered view: its data, each slide's words, and the slide the URL names. */
export function useDeck() {
  const query = useFilteredDataset();
  const [params, setParams] = useSearchParams();
  const contentOf = useSlideContent();
  // The comparison the overview shows: its link carries the same "since" and "until".
  const review = useWhatChanged({ from: params.get('since'), to: params.get('until') }).data ?? null;
  const meetingContentOf = useMeetingSlideContent(review);
  const today = todayIso();
  let deck: DeckData | null = null;
  let contents: SlideContent[] = [];
  if (query.data) {
    const { data, filtered, figures, figuresByTarget, assessments, assignments } = query.data;
    const rows = commitmentDeadlines(filtered.commitments, { assessments, assignments }, today);
    const deadlineCounts = countDeadlines(rows, filtered.resolutions.map((r) => r.id));
    const overdue = rows.filter((r) => r.state === 'overdue');
    deck = { data, filtered, figuresByTarget, assessments, asOf: dataAsOf(data, figures, assessments), today, deadlineCounts, overdue };
    const ready = deck;
    const meetings = review ? { held: true, changes: review.changes.length, openDecisionIds: review.actions.map((a) => a.decision.id) } : undefined;
    contents = buildSlides(filtered, Number(today.slice(0, 4)), meetings, hasDeadlineNews(rows)).map((s) => (isMeetingSlide(s) ? meetingContentOf(s) : contentOf(s, ready)));
  }
  const current = clampSlide(params.get('slide'), contents.length);
  // From the URL as it is when the key lands, not as it was at the last render: a clicker can be fast.
  const go = (to: (now: number, count: number) => number) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        const now = clampSlide(new URLSearchParams(window.location.search).get('slide') ?? p.get('slide'), contents.length);
        next.set('slide', String(Math.min(Math.max(1, to(now, contents.length)), contents.length)));
        return next;
      },
      { replace: true },
    );
  return { query, deck, contents, current, go, params, setParams };
}
