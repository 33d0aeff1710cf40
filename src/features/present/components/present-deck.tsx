import { useEffect, useLayoutEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from '../../../hooks/use-translation';
import { OfflineNotice } from '../../../components/offline-notice';
import { QueryState } from '../../../components/query-state';
import { holdMs, nextInLoop, parseKiosk } from '../../../domain/kiosk';
import { CONTRAST_PARAM, readSlideContrast, withSlideContrast } from '../../../domain/slide-contrast';
import { useDeck } from '../hooks/use-deck';
import { useDeckChannel } from '../hooks/use-deck-channel';
import { SlideView } from './slide-view';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** The presenter view opens in its own window, named so a second press brings the same one back. */
export function openPresenterView() {
  const url = new URL(window.location.href);
  url.searchParams.set('view', 'presenter');
  url.searchParams.delete('auto');
  window.open(url.toString(), 'policy-targets-presenter', 'popup,width=1280,height=800');
}

/**
 * What the audience sees: one slide, 16:9, as large as the screen allows. Keys are what
 * presentation clickers send; speaking notes are never here but in the presenter view (P).
 * `?auto=20` turns it into a kiosk that advances by itself and starts over after the last slide.
 */
export function PresentDeck() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { query, deck, count, contentAt, allContents, current, go, params, setParams } = useDeck();
  const kiosk = parseKiosk(params.get('auto'), params.get('hold'));
  const highContrast = readSlideContrast(params) === 'high';
  const [exportError, setExportError] = useState<string | null>(null);
  useDeckChannel(current, (n) => go(() => n));

  const toggleContrast = () => setParams((p) => withSlideContrast(p, readSlideContrast(p) === 'high' ? 'standard' : 'high'), { replace: true });
  const leave = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    const back = new URLSearchParams(params);
    for (const key of ['slide', CONTRAST_PARAM, 'auto', 'hold', 'view']) back.delete(key);
    const from = back.get('from') ?? '/';
    back.delete('from');
    void navigate({ pathname: from.startsWith('/') ? from : '/', search: back.toString() });
  };
  const exportPdf = () => {
    const url = new URL(window.location.href);
    url.searchParams.set('view', 'print');
    window.open(url.toString(), '_blank');
  };
  const exportPptx = async () => {
    setExportError(null);
    try {
      const { exportDeckAsPptx } = await import('../utils/export-pptx');
      await exportDeckAsPptx(allContents(), deck!, t);
    } catch (e) {
      setExportError(t('present.exportFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  // Kiosk: each slide for its time, then the next; after the last, the first again.
  const hold = kiosk && count > 0 ? holdMs(kiosk, current) : null;
  useEffect(() => {
    if (hold === null) return;
    const timer = window.setTimeout(() => go((n, total) => nextInLoop(n, total)), hold);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- restart the wait only when the slide or its time changes.
  }, [current, hold]);

  // Re-bound every render, before the browser paints it, so the keys always act on the slide on screen.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || count === 0) return;
      if (NEXT.has(e.key)) go((n) => n + 1);
      else if (PREVIOUS.has(e.key)) go((n) => n - 1);
      else if (e.key === 'Home') go(() => 1);
      else if (e.key === 'End') go((_, total) => total);
      else if (e.key === 'Escape') leave();
      else if (e.key === 'f' || e.key === 'F') {
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      } else if (e.key === 'p' || e.key === 'P') openPresenterView();
      else if (e.key === 'c' || e.key === 'C') toggleContrast();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const content = contentAt(current);
  return (
    <div className={`present${kiosk ? ' kiosk' : ''}`}>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching}>
        {deck && content && (
          <>
            <OfflineNotice className="offline-notice present-offline" />
            <div className="present-stage">
              <main className="slide" aria-roledescription={t('present.slide')} aria-label={t('present.counter', { n: current, count })}>
                <SlideView content={content} deck={deck} />
              </main>
            </div>
            {exportError && (
              <p className="notice error-notice present-error" role="alert">
                {exportError}
              </p>
            )}
            <footer className="present-bar">
              <div className="present-progress" role="progressbar" aria-label={t('present.progress')} aria-valuemin={1} aria-valuemax={count} aria-valuenow={current}>
                <span style={{ width: `${(current / count) * 100}%` }} />
              </div>
              <button type="button" onClick={() => go((n) => n - 1)} disabled={current === 1}>
                {t('present.previous')}
              </button>
              <span className="present-counter" aria-live="polite">
                {t('present.counter', { n: current, count })}
              </span>
              <button type="button" onClick={() => go((n) => n + 1)} disabled={current === count}>
                {t('present.next')}
              </button>
              <button type="button" onClick={openPresenterView}>
                {t('present.openPresenter')}
              </button>
              <button type="button" aria-pressed={highContrast} onClick={toggleContrast}>
                {t('present.highContrast')}
              </button>
              <button type="button" aria-label={t('present.exportPdfLabel')} onClick={exportPdf}>
                {t('present.exportPdf')}
              </button>
              <button type="button" aria-label={t('present.exportPptxLabel')} onClick={() => void exportPptx()}>
                {t('present.exportPptx')}
              </button>
              <button type="button" onClick={leave}>
                {t('present.leave')}
              </button>
              {kiosk && <span className="present-kiosk">{t('present.kiosk', { seconds: kiosk.seconds })}</span>}
              <span className="present-keys">{t('present.keys')}</span>
            </footer>
          </>
        )}
      </QueryState>
    </div>
  );
}
