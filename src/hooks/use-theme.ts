import { createContext, useContext, useSyncExternalStore } from 'react';
import { usePreferences } from '../stores/preferences';

const DARK = '(prefers-color-scheme: dark)';

export type ResolvedTheme = 'light' | 'dark' | 'contrast';

/** A view that imposes its own theme (the slides' high contrast) provides it here. */
export const ThemeOverride = createContext<ResolvedTheme | null>(null);

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia?.(DARK);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
};
const systemIsDark = () => window.matchMedia?.(DARK).matches ?? false;

/**
 * The theme on screen: the view's own when it imposes one, else the user's choice, or the
 * system's when they left it to the system.
 */
export function useResolvedTheme(): ResolvedTheme {
  const override = useContext(ThemeOverride);
  const choice = usePreferences((s) => s.theme);
  const dark = useSyncExternalStore(subscribe, systemIsDark, () => false);
  if (override) return override;
  if (choice === 'system') return dark ? 'dark' : 'light';
  return choice;
}
