import { useCallback } from 'react';
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
