import { useSearchParams } from 'react-router';
import { readSlideContrast } from '../../domain/slide-contrast';
import { DeckPrint } from '../../features/present/components/deck-print';
import { PresentDeck } from '../../features/present/components/present-deck';
import { PresenterView } from '../../features/present/components/presenter-view';
import '../../features/present/present.css';
import { ThemeOverride } from '../../hooks/use-theme';
import { useApplyTheme, useSyncLanguage } from '../use-app-shell';

/**
 * Presentation mode: the audience's slides, or (`?view=presenter`) the presenter's window with
 * notes and clock, or (`?view=print`) every slide a page for the PDF. Slides are in high contrast
 * unless the URL says `contrast=standard`; the PDF is always on white.
 */
export function PresentRoute() {
  const [params] = useSearchParams();
  const view = params.get('view');
  const theme = view === 'print' ? 'light' : readSlideContrast(params) === 'high' ? 'contrast' : null;
  useSyncLanguage();
  useApplyTheme(theme);
  return (
    <ThemeOverride value={theme}>
      {view === 'presenter' ? <PresenterView /> : view === 'print' ? <DeckPrint /> : <PresentDeck />}
    </ThemeOverride>
  );
}
