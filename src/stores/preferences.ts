import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { LOCALES } from '../domain/vocabulary';
import type { Locale } from '../domain/types';

export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];
const isTheme = (v: unknown): v is ThemeChoice => typeof v === 'string' && (THEMES as readonly string[]).includes(v);

interface PreferencesState {
  locale: Locale | null;
  theme: ThemeChoice;
  setLocale: (locale: Locale) => void;
  setTheme: (theme: ThemeChoice) => void;
}

export const isLocale = (v: unknown): v is Locale => typeof v === 'string' && (LOCALES as readonly string[]).includes(v);

/** The browser's language when it is one we speak, English otherwise. */
export function detectLocale(languages: readonly string[] = navigator.languages): Locale {
  for (const tag of languages) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLocale(base)) return base;
  }
  return 'en';
}

/** Whatever was stored, only the values we understand survive. */
function readPreferences(persisted: unknown): Pick<PreferencesState, 'locale' | 'theme'> {
  const p = (persisted ?? {}) as { locale?: unknown; theme?: unknown };
  return { locale: isLocale(p.locale) ? p.locale : null, theme: isTheme(p.theme) ? p.theme : 'system' };
}

export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      locale: null,
      theme: 'system',
      setLocale: (locale) => set({ locale }),
      setTheme: (theme) => set({ theme }),
    }),
    {
      name: 'policy-targets:preferences',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ locale, theme }) => ({ locale, theme }),
      // Anything unreadable falls back to defaults rather than breaking the app.
      migrate: (persisted) => readPreferences(persisted) as PreferencesState,
      merge: (persisted, current) => ({ ...current, ...readPreferences(persisted) }),
    },
  ),
);
