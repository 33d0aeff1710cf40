/// <reference lib="webworker" />
/**
 * The service worker of the production build (vite-plugin-pwa, injectManifest): after one visit
 * the dashboard opens with the network off. Development and tests never register it; msw's
 * worker owns the dev server.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst, NetworkOnly } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { DATASET_CACHE_HEADER } from './api/dataset-copy';
import { datasetUrl } from './config/paths';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

const BASE = import.meta.env.BASE_URL;
const DATASET_CACHE = 'policy-targets-dataset';
const NETWORK_TIMEOUT_SECONDS = 4;

// Pages first from the network, so an online visit always gets the index.html of the files on the
// server; offline (or after the timeout) the precached one. Registered before the precache route,
// which would otherwise answer "/" from the cache.
registerRoute(
  new NavigationRoute(
    new NetworkOnly({
      networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
      plugins: [{ handlerDidError: async () => (await matchPrecache('index.html')) ?? Response.error() }],
    }),
    // Files opened directly (the dataset, an image) are not pages of the app. The list sees the
    // path and the query, and a search such as `?q=e.g.` is no file.
    { denylist: [/^[^?]*\.(?:json|js|mjs|css|svg|png|ico|txt|csv|webmanifest)(?:\?.*)?$/i] },
  ),
);

// The app shell: index.html, the scripts (the lazy routes included), styles, the icon.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Same origin only: a dataset served from elsewhere (VITE_DATASET_URL) is left to the network.
const dataset = new URL(datasetUrl(), self.location.href);
const isDataset = (url: URL) =>
  url.origin === self.location.origin &&
  (url.pathname === dataset.pathname || (url.pathname.startsWith(`${BASE}data/`) && url.pathname.endsWith('.json')));

const datasetStrategy = new NetworkFirst({
  cacheName: DATASET_CACHE,
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  plugins: [
    new ExpirationPlugin({ maxEntries: 4, purgeOnQuotaError: true }),
    {
      // The page says it shows a saved copy, and from when (the response's own Date), when it gets this one.
      cachedResponseWillBeUsed: async ({ cachedResponse }) => {
        if (!cachedResponse) return null;
        const headers = new Headers(cachedResponse.headers);
        headers.set(DATASET_CACHE_HEADER, 'hit');
        return new Response(cachedResponse.body, { status: cachedResponse.status, statusText: cachedResponse.statusText, headers });
      },
    },
  ],
});
registerRoute(({ url }) => isDataset(url), datasetStrategy);

self.addEventListener('install', (event) => {
  // The first visit fetched the dataset before this worker was there to keep it: fetch it once
  // more now, so that visit is enough. A failure here must not stop the app shell installing.
  event.waitUntil(
    caches
      .open(DATASET_CACHE)
      .then((cache) => (isDataset(dataset) ? cache.add(dataset.href) : undefined))
      .catch(() => undefined)
      .then(() => self.skipWaiting()),
  );
});

// Take the page of the first visit now rather than at its next load.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
