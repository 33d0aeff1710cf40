import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './styles.css';
import './print.css';

/** In development the msw worker serves the dataset and its failure cases; production fetches the file. */
async function startMocks() {
  if (!import.meta.env.DEV) return;
  const { worker, applyDevScenario } = await import('../mocks/browser');
  applyDevScenario(new URLSearchParams(window.location.search).get('mock'));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}

void startMocks().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // Offline use (src/sw.ts), in production only: msw's worker owns development.
  if (import.meta.env.PROD) void import('./lib/register-service-worker').then((m) => m.registerServiceWorker());
});
