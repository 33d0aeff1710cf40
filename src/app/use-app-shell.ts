import { useEffect } from 'react';
import { useTranslation } from '../hooks/use-translation';
import { useLocale } from '../hooks/use-locale';
import { useResolvedTheme, type ResolvedTheme } from '../hooks/use-theme';

/** Keeps i18next and the page's lang attribute in step with the chosen language. */
export function useSyncLanguage() {
  const [locale] = useLocale();
  const { i18n } = useTranslation();
  useEffect(() => {
    if (i18n.language !== locale) void i18n.changeLanguage(locale);
    document.documentElement.lang = locale;
  }, [i18n, locale]);
}

/** Puts the theme on <html>, where the stylesheet reads it; a view may impose its own. */
export function useApplyTheme(override: ResolvedTheme | null = null) {
  const resolved = useResolvedTheme();
  const theme = override ?? resolved;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}

