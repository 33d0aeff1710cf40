/**
 * What the benchmark measures in headless Chromium, for one dataset size. Every time is taken
 * in the page (performance.now), from the action to the paint after the commit that shows it.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { median, type SizeFigures } from './budgets';

declare global {
  interface Window {
    __bench: { lcp: number; firstChart: number; longTasks: { start: number; duration: number }[] };
  }
}

/** Installed before any page script: LCP, long tasks and the first painted chart. */
function instrument() {
  window.__bench = { lcp: 0, firstChart: 0, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  let scrolled = false;
  const watch = new MutationObserver(() => {
    // Charts below the fold load as they come near the screen: bring the first one there, as a
    // reader scrolling would. The live page's chart, not the prerendered page's, which the app
    // replaces (scrolling that one scrolled a page about to be swapped for a shorter one).
    const frame = document.querySelector('#root[data-live] .chart-frame');
    if (frame && !scrolled) {
      scrolled = true;
      frame.scrollIntoView({ block: 'center' });
    }
    if (window.__bench.firstChart || !document.querySelector('.recharts-surface')) return;
    watch.disconnect();
    requestAnimationFrame(() => setTimeout(() => (window.__bench.firstChart = performance.now()), 0));
  });
  document.addEventListener('DOMContentLoaded', () => watch.observe(document.body, { childList: true, subtree: true }));
}

/**
 * Runs `act` in the page. `paint`: ms until the paint after the commit that shows it (`selector`
 * appears, or the filter lands in the URL the view renders). `settled`: ms until the paint after
 * the last DOM change it caused (a chart that follows a frame later), once nothing has changed
 * for 300 ms. The next action starts only then, as a person reading the screen would.
 */
export function timeUntil(page: Page, act: 'click-link' | 'select' | 'key', arg: { name?: string; index?: number; value?: string; selector?: string; key?: string }) {
  return page.evaluate(
    ({ act, arg }) =>
      new Promise<{ paint: number; settled: number }>((resolve, reject) => {
        const main = document.getElementById('main');
        const before = main?.dataset.search;
        const url = location.search;
        // A key (a clicker's press) changes the URL (the slide) and then the screen.
        const ready = () =>
          arg.selector
            ? document.querySelector(arg.selector) !== null
            : act === 'key'
              ? location.search !== url
              : document.getElementById('main')?.dataset.search !== before;
        let paint = NaN;
        let settled = 0;
        let quietTimer: ReturnType<typeof setTimeout> | undefined;
        const afterPaint = (record: (at: number) => void) =>
          requestAnimationFrame(() => setTimeout(() => record(performance.now() - t0), 0));
        const finish = () => {
          watch.disconnect();
          resolve({ paint, settled: Math.max(settled, paint) });
        };
        const changed = () => {
          if (Number.isNaN(paint) && ready()) {
            paint = Infinity; // claimed; the paint time arrives after the frame
            afterPaint((at) => (paint = at));
          }
          afterPaint((at) => (settled = Math.max(settled, at)));
          clearTimeout(quietTimer);
          // Quiet for 300 ms after what was awaited appeared (a lazily loaded view may be quiet
          // for longer while its code downloads: that wait is part of the measure).
          if (!Number.isNaN(paint)) quietTimer = setTimeout(finish, 300);
        };
        const watch = new MutationObserver(changed);
        watch.observe(document.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
        const t0 = performance.now();
        if (act === 'key') {
          window.dispatchEvent(new KeyboardEvent('keydown', { key: arg.key, bubbles: true }));
        } else if (act === 'select') {
          const select = document.querySelectorAll<HTMLSelectElement>('[role="search"] select')[arg.index ?? 0]!;
          select.value = arg.value ?? '';
          select.dispatchEvent(new Event('change', { bubbles: true }));
        } else {
          const link = [...document.querySelectorAll<HTMLAnchorElement>('a')].find((a) => a.textContent?.trim() === arg.name);
          if (!link) return reject(new Error(`no link ${arg.name}`));
          link.click();
        }
        changed();
        setTimeout(() => reject(new Error(`timed out waiting for ${arg.selector ?? 'the filter'}`)), 30_000);
      }),
    { act, arg },
  );
}

async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block', locale: 'en-GB' });
  // tsx (esbuild, keepNames) wraps named functions in __name(): give the page that helper.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await context.addInitScript(instrument);
  return { context, page: await context.newPage() };
}

export async function measureFloor(browser: Browser, base: string, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await freshPage(browser);
    await page.goto(`${base}/floor.html`, { waitUntil: 'load' });
    times.push(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd));
    await context.close();
  }
  return median(times);
}

export async function measureSize(browser: Browser, base: string, size: string, datasetPath: string, floorMs: number): Promise<SizeFigures> {
  const { context, page } = await freshPage(browser);
  const query = `?lang=en&dataset=${encodeURIComponent(datasetPath)}`;
  await page.goto(`${base}/${query}`);
  await page.waitForFunction(() => window.__bench.firstChart > 0, null, { timeout: 60_000 });
  await page.waitForTimeout(300); // let LCP settle
  const load = await page.evaluate(() => ({ ...window.__bench }));

  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');

  // Twenty filter changes: status and "due by" in turn, as someone exploring the data would.
  const years = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLSelectElement>('[role="search"] select')[1]!.options].map((o) => o.value).filter(Boolean),
  );
  const statuses = ['in_progress', 'at_risk', 'done', 'not_started', 'on_track', ''];
  const filteringFrom = await page.evaluate(() => performance.now());
  const filterTimes: number[] = [];
  const settledTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const change = i % 2 === 0 ? { index: 0, value: statuses[(i / 2) % statuses.length]! } : { index: 1, value: i % 4 === 1 ? years[Math.floor(i / 2) % years.length]! : '' };
    const { paint, settled } = await timeUntil(page, 'select', change);
    filterTimes.push(paint);
    settledTimes.push(settled);
  }
  const filteringTasks = await page.evaluate((from) => window.__bench.longTasks.filter((t) => t.start >= from), filteringFrom);

  const timelineMs = (await timeUntil(page, 'click-link', { name: 'Timeline', selector: '.timeline-lane' })).paint;
  const presentMs = (await timeUntil(page, 'click-link', { name: 'Present', selector: '.slide' })).paint;
  // Five presses of a clicker, → and ← in turn (the shipped deck has five slides), each timed to
  // the paint of the slide it brings.
  const nextSlides: number[] = [];
  for (let i = 0; i < 5; i++) nextSlides.push((await timeUntil(page, 'key', { key: i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft' })).paint);
  await context.close();

  const loadTasks = load.longTasks.filter((t) => t.start < filteringFrom);
  return {
    size,
    floorMs,
    firstChartMs: load.firstChart,
    lcpMs: load.lcp,
    filterMedianMs: median(filterTimes),
    filterWorstMs: Math.max(...filterTimes),
    filterSamplesMs: filterTimes.map(Math.round),
    filterSettledMedianMs: median(settledTimes),
    filterSettledWorstMs: Math.max(...settledTimes),
    timelineMs,
    presentMs,
    nextSlideMs: median(nextSlides),
    heapMb: usedSize / 1_048_576,
    longTasksLoad: loadTasks.length,
    longestTaskLoadMs: Math.max(0, ...loadTasks.map((t) => t.duration)),
    longestTaskFilteringMs: Math.max(0, ...filteringTasks.map((t) => t.duration)),
  };
}
