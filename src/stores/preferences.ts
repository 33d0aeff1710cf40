import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { LOCALES } from '../domain/schema';
import type { Locale } from '../domain/types';

interface PreferencesState {
  locale: Locale | null;
  setLocale: (locale: Locale) => void;
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

export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      locale: null,
      setLocale: (locale) => set({ locale }),
    }),
    {
      name: 'policy-targets:preferences',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ locale }) => ({ locale }),
      // Anything unreadable falls back to defaults rather than breaking the app.
      migrate: (persisted) => {
        const locale = (persisted as { locale?: unknown } | null)?.locale;
        return { locale: isLocale(locale) ? locale : null } as PreferencesState;
      },
      merge: (persisted, current) => {
        const locale = (persisted as { locale?: unknown } | null)?.locale;
        return { ...current, locale: isLocale(locale) ? locale : null };
      },
    },
  ),
);
