/**
 * Registers the offline service worker (src/sw.ts, built by vite-plugin-pwa). main.tsx imports
 * this lazily after the first render, so workbox-window never weighs on the first view.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
  const base = import.meta.env.BASE_URL;
  // A worker that cannot register leaves the app as it was: online only.
  await new Workbox(`${base}sw.js`, { scope: base }).register().catch(() => undefined);
}
