import { useEffect } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { QueryState } from '../../../components/query-state';
import { useDeck } from '../hooks/use-deck';
import { SlideView } from './slide-view';

/** Every slide, one a page at 16:9, for "Save as PDF"; the print dialog opens once they are drawn. */
export function DeckPrint() {
  const { t } = useTranslation();
  const { query, deck, count, allContents, params } = useDeck();
  const ready = deck !== null && count > 0;
  useEffect(() => {
    if (!ready || params.get('dialog') === 'no') return;
    // After the charts' first layout.
    const timer = window.setTimeout(() => window.print(), 600);
    return () => window.clearTimeout(timer);
  }, [ready, params]);
  return (
    <div className="present-print">
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching}>
        {deck &&
          allContents().map((content, i) => (
            <section key={i} className="slide print-slide" aria-label={t('present.counter', { n: i + 1, count })}>
              <SlideView content={content} deck={deck} />
            </section>
          ))}
      </QueryState>
    </div>
  );
}
