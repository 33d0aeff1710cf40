/**
 * Runs inline at the end of index.html's body (scripts/prerender-plugin.ts inlines its source, so
 * it uses nothing from outside its body). The build parks the app's module scripts and the
 * dataset's preload in `<template id="after-paint">`; this starts them once the prerendered first
 * screen has painted, so on a slow line the page's HTML and CSS do not share the bandwidth with
 * 150 KB of scripts and the dataset before anything shows. They start once the browser reports
 * the first contentful paint (a frame later where it does not report paints), not after the page
 * has loaded. A tab opened in the background paints nothing until shown: there they start at once.
 *
 * `namedDataset` is `datasetFromSearch` (src/config/dataset-source.ts), inlined beside it: a link
 * that names another file of the site (`?dataset=/reports/2026.json`) has that file's download
 * start here, with the scripts, rather than the shipped file's (which that page never reads);
 * the app's own request for it then takes the preloaded response. On the large benchmark file
 * the download otherwise began only once the app's scripts had run. The dataset worker starts
 * here too, for the same reason (src/api/early-worker.ts).
 */
export function scriptsAfterPaint(
  namedDataset: (search: string, origin: string) => string | null = () => null,
  /** The dataset worker's script, and where the app finds the worker (src/api/early-worker.ts). */
  datasetWorker: { url: string; key: string } | null = null,
): void {
  const parked = document.getElementById('after-paint');
  if (!(parked instanceof HTMLTemplateElement)) return;
  const named = namedDataset(window.location.search, window.location.origin);
  const start = () => {
    const started = document.createDocumentFragment();
    for (const original of Array.from(parked.content.children)) {
      // A fresh element: a script cloned from a template would never run.
      const element = document.createElement(original.tagName.toLowerCase());
      for (const { name, value } of Array.from(original.attributes)) element.setAttribute(name, value);
      if (named && element.getAttribute('rel') === 'preload' && element.getAttribute('as') === 'fetch') element.setAttribute('href', named);
      started.appendChild(element);
    }
    document.head.appendChild(started);
    parked.remove();
    // The worker that will parse the dataset, started with its download so that it is ready when
    // the file is in. Where it cannot start here, the app starts its own.
    if (datasetWorker && typeof Worker !== 'undefined') {
      try {
        const early = { worker: new Worker(datasetWorker.url, { type: 'module', name: 'dataset' }), failed: false };
        early.worker.addEventListener('error', () => (early.failed = true), { once: true });
        (window as unknown as Record<string, unknown>)[datasetWorker.key] = early;
      } catch {
        // The app starts its own.
      }
    }
  };
  // A tab opened in the background paints nothing until shown.
  if (document.visibilityState !== 'visible') return start();
  let begun = false;
  const once = () => {
    if (!begun) {
      begun = true;
      start();
    }
  };
  // Where the browser reports its paints, on the first contentful one: its entry arrives once the
  // frame is on screen, whereas a frame's callback runs before the paint, and under load the
  // scripts were then requested (and run) before the screen showed anything.
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    requestAnimationFrame(() => setTimeout(once, 0));
    return;
  }
  const paints = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    paints.disconnect();
    setTimeout(once, 0);
  });
  paints.observe({ type: 'paint', buffered: true });
  // A page whose paint is never reported still comes alive (after 3 s at most).
  setTimeout(once, 3_000);
}
