/**
 * Which dataset file the app reads. By default the published one; a build can name another
 * (VITE_DATASET_URL), and so can a link: `?dataset=/bench/large.json` (benchmarks, a ministry's
 * own file beside the app). A link may only name a file of the same site, so a shared link can
 * never make the dashboard show someone else's data as if it were ours.
 */
const SESSION_KEY = 'policy-targets:dataset-url';

/** The same-origin path a `?dataset=` parameter names, or null when it is absent or elsewhere. */
export function datasetFromSearch(search: string, origin: string): string | null {
  const raw = new URLSearchParams(search).get('dataset');
  if (!raw || !raw.startsWith('/') || raw.startsWith('//')) return null;
  try {
    const url = new URL(raw, origin);
    return url.origin === origin && !/\.\.\//.test(raw) ? `${url.pathname}${url.search}` : null;
  } catch {
    return null;
  }
}

function sessionGet(): string | null {
  try {
    return sessionStorage.getItem(SESSION_KEY);
  } catch {
    return null;
  }
}

/** Resolved once per page load; the choice lasts the tab's session so in-app links keep it. */
let chosen: string | null | undefined;
export function chosenDatasetUrl(): string | null {
  if (chosen !== undefined) return chosen;
  if (typeof window === 'undefined') return (chosen = null);
  const fromLink = datasetFromSearch(window.location.search, window.location.origin);
  if (fromLink) {
    try {
      sessionStorage.setItem(SESSION_KEY, fromLink);
    } catch {
      // Storage refused (private mode): the choice lasts this page only.
    }
  }
  return (chosen = fromLink ?? sessionGet());
}
