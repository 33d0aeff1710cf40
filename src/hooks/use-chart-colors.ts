import { useSyncExternalStore } from 'react';
import { CHART_COLORS, CONTRAST_CHART_COLORS, DARK_CHART_COLORS } from '../config/colors';
import { useResolvedTheme } from './use-theme';

const PRINT = 'print';
const subscribe = (onChange: () => void) => {
  const query = window.matchMedia?.(PRINT);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
};
const printing = () => window.matchMedia?.(PRINT).matches ?? false;

/**
 * Chart colours for the theme on screen (SVG attributes cannot read CSS variables); paper is
 * always light.
 */
export function useChartColors() {
  const theme = useResolvedTheme();
  const onPaper = useSyncExternalStore(subscribe, printing, () => false);
  if (onPaper) return CHART_COLORS;
  return theme === 'dark' ? DARK_CHART_COLORS : theme === 'contrast' ? CONTRAST_CHART_COLORS : CHART_COLORS;
}
