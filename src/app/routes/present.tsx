import { useLayoutEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CitationList } from '../../components/citation-list';
import { OfflineNotice } from '../../components/offline-notice';
import { QueryState } from '../../components/query-state';
import { readSlideContrast, withSlideContrast, CONTRAST_PARAM } from '../../domain/slide-contrast';
import { buildSlides, clampSlide } from '../../domain/slides';
import { useFilteredDataset } from '../../hooks/use-filtered-dataset';
import { ThemeOverride } from '../../hooks/use-theme';
import { todayIso } from '../../lib/clock';
import { useApplyTheme, useSyncLanguage } from '../use-app-shell';
import { PresentSlide, slideCitations } from './present-slide';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/**
 * The filtered view as full-screen slides. The URL names the slide (`?slide=3`), so a reload
 * stays on it; keys are what presentation clickers send. Slides are in high contrast unless the
 * URL says `contrast=standard`.
 */
export function PresentRoute() {
  const [params, setParams] = useSearchParams();
  const highContrast = readSlideContrast(params) === 'high';
  useSyncLanguage();
  useApplyTheme(highContrast ? 'contrast' : null);
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [notes, setNotes] = useState(false);
  const query = useFilteredDataset();
  const slides = query.data ? buildSlides(query.data.filtered) : [];
  const current = clampSlide(params.get('slide'), slides.length);

  // From the URL as it is when the key lands, not as it was at the last render: a clicker can be fast.
  const go = (to: (now: number) => number) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        const now = clampSlide(new URLSearchParams(window.location.search).get('slide') ?? p.get('slide'), slides.length);
        next.set('slide', String(Math.min(Math.max(1, to(now)), slides.length)));
        return next;
      },
      { replace: true },
    );
  const toggleContrast = () =>
    setParams((p) => withSlideContrast(p, readSlideContrast(p) === 'high' ? 'standard' : 'high'), { replace: true });
  const leave = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    const back = new URLSearchParams(params);
    back.delete('slide');
    back.delete(CONTRAST_PARAM);
    const from = back.get('from') ?? '/';
    back.delete('from');
    void navigate({ pathname: from.startsWith('/') ? from : '/', search: back.toString() });
  };

  // Re-bound every render, before the browser paints it, so the keys always act on the slide on
  // screen (a key pressed just as the deck appears is not lost to the previous, empty one).
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || slides.length === 0) return;
      if (NEXT.has(e.key)) go((n) => n + 1);
      else if (PREVIOUS.has(e.key)) go((n) => n - 1);
      else if (e.key === 'Home') go(() => 1);
      else if (e.key === 'End') go(() => slides.length);
      else if (e.key === 'Escape') leave();
      else if (e.key === 'f' || e.key === 'F') {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      } else if (e.key === 'n' || e.key === 'N') setNotes((v) => !v);
      else if (e.key === 'c' || e.key === 'C') toggleContrast();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const slide = slides[current - 1];
  return (
    <ThemeOverride value={highContrast ? 'contrast' : null}>
      <div className="present">
        <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching}>
          {query.data && slide && (
            <>
              <OfflineNotice className="offline-notice present-offline" />
              <main className="slide" aria-roledescription={t('present.slide')} aria-label={t('present.counter', { n: current, count: slides.length })}>
                <PresentSlide slide={slide} data={query.data.data} filtered={query.data.filtered} figuresByTarget={query.data.figuresByTarget} today={todayIso()} />
              </main>
              {notes && (
                <aside className="present-notes" aria-label={t('present.notes')}>
                  <h2>{t('present.notes')}</h2>
                  <CitationList citations={slideCitations(slide, query.data.data, query.data.filtered)} />
                </aside>
              )}
              <footer className="present-bar">
                <div className="present-progress" role="progressbar" aria-label={t('present.progress')} aria-valuemin={1} aria-valuemax={slides.length} aria-valuenow={current}>
                  <span style={{ width: `${(current / slides.length) * 100}%` }} />
                </div>
                <button type="button" onClick={() => go((n) => n - 1)} disabled={current === 1}>
                  {t('present.previous')}
                </button>
                <span className="present-counter" aria-live="polite">
                  {t('present.counter', { n: current, count: slides.length })}
                </span>
                <button type="button" onClick={() => go((n) => n + 1)} disabled={current === slides.length}>
                  {t('present.next')}
                </button>
                <button type="button" aria-pressed={notes} onClick={() => setNotes((v) => !v)}>
                  {t('present.notes')}
                </button>
                <button type="button" aria-pressed={highContrast} onClick={toggleContrast}>
                  {t('present.highContrast')}
                </button>
                <button type="button" onClick={leave}>
                  {t('present.leave')}
                </button>
                <span className="present-keys">{t('present.keys')}</span>
              </footer>
            </>
          )}
        </QueryState>
      </div>
    </ThemeOverride>
  );
}
