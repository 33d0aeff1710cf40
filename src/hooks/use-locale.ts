import { useCallback } from 'react';
import { useTranslation } from './use-translation';
import { useSearchParams } from 'react-router';
import type { Locale } from '../domain/types';
import { detectLocale, isLocale, usePreferences } from '../stores/preferences';

/** The language shown: the link's `lang` first (a shared link opens as sent), then the user's choice. */
export function useLocale(): [Locale, (locale: Locale) => void] {
  const [params, setParams] = useSearchParams();
  const preferred = usePreferences((s) => s.locale);
  const setPreferred = usePreferences((s) => s.setLocale);
  const fromUrl = params.get('lang');
  const locale = isLocale(fromUrl) ? fromUrl : (preferred ?? detectLocale());
  const setLocale = useCallback(
    (next: Locale) => {
      setPreferred(next);
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          copy.set('lang', next);
          return copy;
        },
        { replace: true },
      );
    },
    [setParams, setPreferred],
  );
  return [locale, setLocale];
}

/**
 * The language the text on screen is in: i18next's, which the app shell keeps in step with
 * useLocale. For formatting: unlike useLocale it does not read the URL, so a filter change
 * (a navigation) does not re-render every memoised part that formats a number or a date.
 */
export function useShownLocale(): Locale {
  const { i18n } = useTranslation();
  const shown = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(shown) ? shown : 'en';
}
