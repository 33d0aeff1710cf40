import { useEffect } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CopyLinkButton } from '../components/copy-link-button';
import { paths } from '../config/paths';
import { LOCALES } from '../domain/schema';
import { FilterBar } from '../features/filters/components/filter-bar';
import { StorageProblemBanner } from '../features/records/components/storage-problem-banner';
import { UndoBar } from '../features/records/components/undo-bar';
import { RecordsSync } from './records-sync';
import { useLocale } from '../hooks/use-locale';
import { isLocale, THEMES, usePreferences, type ThemeChoice } from '../stores/preferences';
import { useResolvedTheme } from '../hooks/use-theme';

const LANGUAGE_NAMES = { en: 'English', fr: 'Français', vi: 'Tiếng Việt' } as const;

/** Keeps i18next and the page's lang attribute in step with the chosen language. */
function useSyncLanguage() {
  const [locale] = useLocale();
  const { i18n } = useTranslation();
  useEffect(() => {
    if (i18n.language !== locale) void i18n.changeLanguage(locale);
    document.documentElement.lang = locale;
  }, [i18n, locale]);
}

/** Puts the theme on <html>, where the stylesheet reads it. */
function useApplyTheme() {
  const theme = useResolvedTheme();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}

export function Layout() {
  useSyncLanguage();
  useApplyTheme();
  const theme = usePreferences((s) => s.theme);
  const setTheme = usePreferences((s) => s.setTheme);
  const { t } = useTranslation();
  const [locale, setLocale] = useLocale();
  const { search } = useLocation();
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('app.title')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.label')}>
          <NavLink to={{ pathname: paths.overview(), search }} end>
            {t('nav.overview')}
          </NavLink>
          <NavLink to={{ pathname: paths.timeline(), search }}>{t('nav.timeline')}</NavLink>
          <NavLink to={{ pathname: paths.records(), search }}>{t('nav.records')}</NavLink>
        </nav>
        <div className="header-controls">
          <CopyLinkButton />
          <label className="language">
            {t('app.language')}
            <select value={locale} onChange={(e) => isLocale(e.target.value) && setLocale(e.target.value)}>
              {LOCALES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
          <label className="language">
            {t('app.theme')}
            <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
              {THEMES.map((th) => (
                <option key={th} value={th}>
                  {t(`app.themes.${th}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      <StorageProblemBanner />
      <RecordsSync />
      <FilterBar />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <UndoBar />
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
