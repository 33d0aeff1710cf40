import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startI18n } from './lib/i18n';
import { detectLocale, isLocale, usePreferences } from './stores/preferences';
import './styles.css';
import './print.css';

/** In development the msw worker serves the dataset and its failure cases; production fetches the file. */
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

// The user's language is loaded before the first render, so the first paint is in it (no English flash).
void Promise.all([startMocks(), startI18n(firstLocale())]).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // Offline use (src/sw.ts), in production only: msw's worker owns development. Registered
  // once the page has loaded and the browser is idle, so it never competes with the first view.
  if (import.meta.env.PROD) {
    const register = () => void import('./lib/register-service-worker').then((m) => m.registerServiceWorker());
    const whenIdle = () => (window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1)))(register);
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
  }
});
