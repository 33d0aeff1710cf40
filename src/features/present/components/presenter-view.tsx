import { useEffect, useState } from 'react';
import { useTranslation } from '../../../hooks/use-translation';
import { QueryState } from '../../../components/query-state';
import { useDeck } from '../hooks/use-deck';
import { useDeckChannel } from '../hooks/use-deck-channel';
import { SlideView } from './slide-view';

const clock = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  return `${h > 0 ? `${h}:` : ''}${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
};

/** Time since the view opened (or was restarted), ticking each second. */
function useElapsed() {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return { elapsed: now - start, restart: () => { const n = Date.now(); setStart(n); setNow(n); } };
}

/**
 * The presenter's window: the slide the audience sees, the next one, the speaking notes in the
 * interface language and the time elapsed. Stepping here steps the audience window, and back.
 */
export function PresenterView() {
  const { t } = useTranslation();
  const { query, deck, count, contentAt, current, go } = useDeck();
  const { elapsed, restart } = useElapsed();
  useDeckChannel(current, (n) => go(() => n));
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (['ArrowRight', 'PageDown', ' '].includes(e.key)) go((n) => n + 1);
      else if (['ArrowLeft', 'PageUp'].includes(e.key)) go((n) => n - 1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  const content = contentAt(current);
  const next = contentAt(current + 1);
  return (
    <div className="presenter">
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching}>
        {deck && content && (
          <main className="presenter-grid">
            <h1 className="presenter-title">{t('present.presenterView')}</h1>
            <section className="presenter-current" aria-label={t('present.current')}>
              <h2>
                {t('present.current')} · <span className="present-counter">{t('present.counter', { n: current, count })}</span>
              </h2>
              <div className="present-stage">
                <div className="slide">
                  <SlideView content={content} deck={deck} />
                </div>
              </div>
            </section>
            <section className="presenter-next" aria-label={t('present.upNext')}>
              <h2>{t('present.upNext')}</h2>
              {next ? (
                <div className="present-stage">
                  <div className="slide">
                    <SlideView content={next} deck={deck} />
                  </div>
                </div>
              ) : (
                <p>{t('present.endOfDeck')}</p>
              )}
              <p className="presenter-clock">
                {t('present.elapsed')} <strong role="timer">{clock(elapsed)}</strong>{' '}
                <button type="button" onClick={restart}>
                  {t('present.restartClock')}
                </button>
              </p>
              <p className="presenter-controls">
                <button type="button" onClick={() => go((n) => n - 1)} disabled={current === 1}>
                  {t('present.previous')}
                </button>
                <button type="button" onClick={() => go((n) => n + 1)} disabled={current === count}>
                  {t('present.next')}
                </button>
              </p>
            </section>
            <section className="presenter-notes" aria-label={t('present.notes')}>
              <h2>{t('present.notes')}</h2>
              {content.notes.map((note, i) => (
                <p key={i}>{note}</p>
              ))}
            </section>
          </main>
        )}
      </QueryState>
    </div>
  );
}
