import { CHART_COLORS, CONTRAST_CHART_COLORS, DARK_CHART_COLORS } from '../config/colors';
import { useResolvedTheme } from './use-theme';
import { usePrinting } from './use-printing';

/**
 * Chart colours for the theme on screen (SVG attributes cannot read CSS variables); paper is
 * always light.
 */
export function useChartColors() {
  const theme = useResolvedTheme();
  const onPaper = usePrinting();
  if (onPaper) return CHART_COLORS;
  return theme === 'dark' ? DARK_CHART_COLORS : theme === 'contrast' ? CONTRAST_CHART_COLORS : CHART_COLORS;
}
