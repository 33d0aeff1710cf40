import { useSyncExternalStore } from 'react';
import { usePreferences } from '../stores/preferences';

const DARK = '(prefers-color-scheme: dark)';

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia?.(DARK);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
};
const systemIsDark = () => window.matchMedia?.(DARK).matches ?? false;

/** The theme on screen: the user's choice, or the system's when they left it to the system. */
export function useResolvedTheme(): 'light' | 'dark' {
  const choice = usePreferences((s) => s.theme);
  const dark = useSyncExternalStore(subscribe, systemIsDark, () => false);
  if (choice === 'system') return dark ? 'dark' : 'light';
  return choice;
}
