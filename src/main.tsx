import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { datasetQueryOptions } from './api/get-dataset';
import { App } from './app/app';
import { releaseControls } from './app/first-paint';
import { setPrerenderedDay } from './hooks/use-today';
import { warmFormatters } from './lib/format';
import { startI18n } from './lib/i18n';
import { nextTask } from './lib/next-task';
import { createQueryClient } from './lib/query-client';
import { whenIdle } from './lib/when-idle';
import { detectLocale, isLocale, usePreferences } from './stores/preferences';
import { useRecords, whenRecordsLoaded } from './stores/records';
import './styles.css';
import './print.css';

/** In development the msw worker serves the records API and, with `?mock=`, the dataset's failure cases; the dev server serves the file itself. */
async function startMocks() {
  if (!import.meta.env.DEV) return;
  const { worker, applyDevScenario } = await import('../mocks/browser');
  applyDevScenario(new URLSearchParams(window.location.search).get('mock'));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}

/** The language the first render shows, by the rule of useLocale: the link's, the user's choice, the browser's. */
function firstLocale() {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  return isLocale(fromUrl) ? fromUrl : (usePreferences.getState().locale ?? detectLocale());
}

const container = document.getElementById('root')!;
const queryClient = createQueryClient();
/** The language of the overview the build prerendered into the page, when the page kept it (src/app/first-paint.ts). */
const prerendered = container.dataset.prerendered;
// Every view shows the dataset: its download and parse start now, alongside the language's
// catalogue and the view's code, not once a lazily loaded view asks for it. (In development,
// once msw's worker runs, so that `?mock=` can answer it; in production there is no wait.)
const mocksStarted = startMocks();
const loading = mocksStarted.then(() => queryClient.fetchQuery(datasetQueryOptions())).catch(() => null);

/**
 * The prerendered HTML paints the first screen; React hydrates it once the data is there, when
 * the first render will be exactly the build's: same language, the very file it was rendered
 * from (not a saved copy), no records of the user's. Otherwise React renders afresh over it.
 */
async function hydratable(): Promise<boolean> {
  if (!prerendered || firstLocale() !== prerendered) return false;
  const loaded = await loading;
  if (loaded === null || loaded.sha256 !== container.dataset.datasetSha256 || loaded.copy.fromCache) return false;
  // The prerender shows no records of the user's: with some, the first render differs from it.
  await whenRecordsLoaded();
  return useRecords.getState().records.length === 0;
}

// The user's language is loaded before the first render, so the first paint is in it (no English flash).
// The number and date formatters are built meanwhile, each in a task of its own, not in the first render.
// i18next starts in a task of its own: in the modules' evaluation it made that task, the
// longest of the page's start, longer still (38 of its 150 ms on a phone's CPU).
void Promise.all([mocksStarted, nextTask().then(() => startI18n(firstLocale())), hydratable(), warmFormatters(firstLocale())]).then(([, , hydrate]) => {
  const app = (
    <StrictMode>
      <App queryClient={queryClient} onLive={() => {
        container.dataset.live = hydrate ? 'hydrated' : 'rendered';
        releaseControls(container);
      }} />
    </StrictMode>
  );
  if (hydrate) {
    // Date-dependent parts render the prerender's day while hydrating, then today (useToday).
    setPrerenderedDay(container.dataset.prerenderedOn ?? null);
    hydrateRoot(container, app);
  } else {
    createRoot(container).render(app);
  }
  // Offline use (src/sw.ts), in production only: msw's worker owns development. Registered
  // once the page has loaded and the browser is idle, so it never competes with the first view.
  if (import.meta.env.PROD) {
    const register = () => void import('./lib/register-service-worker').then((m) => m.registerServiceWorker());
    if (document.readyState === 'complete') whenIdle(register);
    else window.addEventListener('load', () => whenIdle(register), { once: true });
  }
});
