/**
 * Runs inline in index.html as the page is parsed, before the first paint and before any module
 * (scripts/prerender-plugin.ts inlines its source, so it uses nothing from outside its body).
 * It puts the user's language and theme on <html> at once (no flash of the light theme), and
 * keeps the prerendered overview only where the app's first render will be exactly it: at `/`
 * with no filters, in the prerender's language, with the shipped dataset. Anywhere else the
 * prerendered markup would show the wrong page or language, so the plain shell replaces it.
 * The language rule is useLocale's: the link's, then the user's choice, then the browser's.
 */
export function firstPaint(): void {
  const spoken = ['en', 'fr', 'vi'];
  const html = document.documentElement;
  let prefs: { locale?: unknown; theme?: unknown } = {};
  try {
    prefs = (JSON.parse(localStorage.getItem('policy-targets:preferences') ?? '{}') as { state?: typeof prefs }).state ?? {};
  } catch {
    // Unreadable or refused storage: the defaults, as the app does.
  }
  const params = new URLSearchParams(window.location.search);
  const fromLink = params.get('lang');
  const fromBrowser = Array.from(navigator.languages ?? [], (tag) => tag.slice(0, 2).toLowerCase()).find((l) => spoken.includes(l)) ?? 'en';
  const chosen = typeof prefs.locale === 'string' && spoken.includes(prefs.locale) ? prefs.locale : null;
  const shown = fromLink !== null && spoken.includes(fromLink) ? fromLink : (chosen ?? fromBrowser);
  html.lang = shown;
  const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  html.dataset.theme = prefs.theme === 'light' || prefs.theme === 'dark' ? prefs.theme : dark ? 'dark' : 'light';

  // Another dataset than the shipped one (a link's `?dataset=`, or this tab's earlier choice):
  // its download starts now, beside the scripts, as index.html's preload does for the shipped
  // one. Only a same-site path, by the rule of datasetFromSearch (src/config/dataset-source.ts).
  const named = params.get('dataset');
  let otherDataset: string | null = named !== null && /^\/(?!\/)/.test(named) && !/\.\.\//.test(named) ? named : null;
  try {
    otherDataset ??= sessionStorage.getItem('policy-targets:dataset-url');
  } catch {
    // No session storage: only the link can name another dataset.
  }
  if (otherDataset !== null) {
    const preload = document.createElement('link');
    preload.rel = 'preload';
    preload.as = 'fetch';
    preload.crossOrigin = 'anonymous';
    preload.href = otherDataset;
    document.head.appendChild(preload);
  }

  const root = document.getElementById('root');
  const prerendered = root?.dataset.prerendered;
  if (!root || !prerendered) return;
  // While React hydrates, stored choices are not read yet: the browser's language must match too.
  const fits = window.location.pathname === '/' && window.location.search === '' && shown === prerendered && fromBrowser === prerendered && otherDataset === null;
  if (!fits) {
    root.removeAttribute('data-prerendered');
    root.innerHTML = '<div class="app-shell" role="status"><span class="brand-name">Policy Targets</span></div>';
    return;
  }
  // Until React has taken the page over, its controls would swallow what is typed or chosen:
  // they wait, disabled, and releaseControls (main.tsx) gives them back once the page is live.
  root.querySelectorAll<HTMLInputElement>('input, select, textarea, button').forEach((control) => {
    if (control.disabled) return;
    control.disabled = true;
    control.dataset.untilLive = '';
  });
}

/** Gives back the controls firstPaint held while React took the prerendered page over. */
export function releaseControls(root: HTMLElement): void {
  root.querySelectorAll<HTMLInputElement>('[data-until-live]').forEach((control) => {
    control.disabled = false;
    delete control.dataset.untilLive;
  });
}
