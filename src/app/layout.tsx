import { lazy, Suspense, useEffect } from 'react';
import { Island } from '../components/island';
import { useApplyTheme, useSyncLanguage } from './use-app-shell';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from '../hooks/use-translation';
import { CopyLinkButton } from '../components/copy-link-button';
import { OfflineNotice } from '../components/offline-notice';
import { recordsApiBase } from '../config/env';
import { AssessmentsProvider } from './assessments-provider';
import { paths } from '../config/paths';
import { LOCALES } from '../domain/vocabulary';
import { FilterBar } from '../features/filters/components/filter-bar';
import { StorageProblemBanner } from '../features/records/components/storage-problem-banner';
import { UndoBar } from '../features/records/components/undo-bar';
import { workspaceApiBase } from '../config/workspace';
import { useLocale } from '../hooks/use-locale';
import { PhoneFold } from '../components/phone-fold';
import { isLocale, THEMES, usePreferences, type ThemeChoice } from '../stores/preferences';

/** The mirror to a shared server, loaded only when one is configured. */
const RecordsSync = lazy(() => import('./records-sync').then((m) => ({ default: m.RecordsSync })));
/** Who is signed in and how the team workspace's changes stand, only when a workspace serves the page. */
const WorkspaceBar = lazy(() => import('../features/workspace/components/workspace-bar').then((m) => ({ default: m.WorkspaceBar })));
/** Whether a workspace serves this page: index.html says so once, not on every render. */
const servedByWorkspace = workspaceApiBase() !== undefined;

const LANGUAGE_NAMES = { en: 'English', fr: 'Français', vi: 'Tiếng Việt' } as const;

export function Layout() {
  useSyncLanguage();
  useApplyTheme();
  const theme = usePreferences((s) => s.theme);
  const setTheme = usePreferences((s) => s.setTheme);
  const { t } = useTranslation();
  const [locale, setLocale] = useLocale();
  const { search, pathname } = useLocation();
  const presentSearch = new URLSearchParams(search);
  presentSearch.set('from', pathname);
  presentSearch.delete('slide');
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);
  const settings = (
    <>
      <CopyLinkButton />
      <label className="language">
        <span className="header-label">{t('app.language')}</span>
        <select value={locale} onChange={(e) => isLocale(e.target.value) && setLocale(e.target.value)}>
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      <label className="language">
        <span className="header-label">{t('app.theme')}</span>
        <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
          {THEMES.map((th) => (
            <option key={th} value={th}>
              {t(`app.themes.${th}`)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
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
          <NavLink to={{ pathname: paths.meetings(), search }}>{t('nav.meetings')}</NavLink>
          <NavLink to={{ pathname: paths.report(), search }}>{t('nav.report')}</NavLink>
        </nav>
        <div className="header-controls">
          <Link className="present-link" to={{ pathname: '/present', search: presentSearch.toString() }}>
            {t('present.start')}
          </Link>
          {/* On a phone the link and the settings fold under "More", so the header stays two short rows. */}
          <PhoneFold summary={t('app.more')} className="header-more" bodyClassName="header-more-panel">
            {settings}
          </PhoneFold>
        </div>
      </header>
      {servedByWorkspace && (
        <Suspense fallback={null}>
          <WorkspaceBar />
        </Suspense>
      )}
      <StorageProblemBanner />
      <OfflineNotice />
      {recordsApiBase() !== undefined && (
        <Suspense fallback={null}>
          <RecordsSync />
        </Suspense>
      )}
      {/* data-search marks the commit that shows a filter change: the benchmark waits for it.
          The filters sit inside main, so their arrival with the data moves nothing on screen. */}
      <main id="main" tabIndex={-1} data-search={search}>
        <FilterBar />
        <AssessmentsProvider>
          {/* The header and filters show at once on a first visit to a view whose code is still loading. */}
          <Island>
            <Outlet />
          </Island>
        </AssessmentsProvider>
      </main>
      <UndoBar />
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
