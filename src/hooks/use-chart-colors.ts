import { CHART_COLORS, DARK_CHART_COLORS } from '../config/colors';
import { useResolvedTheme } from './use-theme';

/** Chart colours for the theme on screen (SVG attributes cannot read CSS variables). */
export function useChartColors() {
  return useResolvedTheme() === 'dark' ? DARK_CHART_COLORS : CHART_COLORS;
}
