import { datasetFromSearch } from '../config/dataset-source';
import { scriptsAfterPaint } from './scripts-after-paint';

function page(visibility: DocumentVisibilityState, namedDataset?: typeof datasetFromSearch) {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(visibility);
  document.head.innerHTML = '';
  document.body.innerHTML =
    '<div id="root">first screen</div><template id="after-paint"><link rel="preload" href="/data/dataset.json" as="fetch" crossorigin="anonymous"><script type="module" crossorigin src="/assets/app.js"></script></template>';
  scriptsAfterPaint(namedDataset);
}

const started = () => Array.from(document.head.children, (e) => `${e.tagName} ${e.getAttribute('src') ?? e.getAttribute('href')}`);

describe('the app’s scripts, parked in the page until it has painted', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'setTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('where the browser does not report paints, start after the first frame, the dataset’s download first, with their attributes', () => {
    page('visible');
    expect(started()).toEqual([]);
    vi.advanceTimersToNextFrame();
    expect(started()).toEqual([]);
    vi.runAllTimers();
    expect(started()).toEqual(['LINK /data/dataset.json', 'SCRIPT /assets/app.js']);
    const script = document.head.querySelector('script')!;
    expect(script.type).toBe('module');
    expect(script.getAttribute('crossorigin')).toBe('');
    expect(document.getElementById('after-paint')).toBeNull();
  });

  describe('where the browser reports paints', () => {
    let report: (names: string[]) => void = () => {};
    let observed: PerformanceObserverInit | undefined;
    beforeEach(() => {
      class FakeObserver {
        static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
        constructor(callback: (list: { getEntriesByName: (name: string) => unknown[] }) => void) {
          report = (names) => callback({ getEntriesByName: (name) => names.filter((n) => n === name) });
        }
        observe(options: PerformanceObserverInit) {
          observed = options;
        }
        disconnect() {
          report = () => {};
        }
      }
      vi.stubGlobal('PerformanceObserver', FakeObserver);
    });
    afterEach(() => vi.unstubAllGlobals());

    it('start once the first contentful paint is on screen, not at the frame before it', () => {
      page('visible');
      expect(observed).toEqual({ type: 'paint', buffered: true });
      vi.advanceTimersToNextFrame();
      vi.advanceTimersByTime(100);
      expect(started()).toEqual([]);
      report(['first-paint']);
      vi.advanceTimersByTime(100);
      expect(started()).toEqual([]);
      report(['first-contentful-paint']);
      expect(started()).toEqual([]);
      vi.advanceTimersByTime(0);
      expect(started()).toEqual(['LINK /data/dataset.json', 'SCRIPT /assets/app.js']);
      // Once only, whatever else arrives.
      vi.runAllTimers();
      expect(document.head.children).toHaveLength(2);
    });

    it('start after 3 s when no paint is ever reported', () => {
      page('visible');
      vi.advanceTimersByTime(2_999);
      expect(started()).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(started()).toEqual(['LINK /data/dataset.json', 'SCRIPT /assets/app.js']);
      report(['first-contentful-paint']);
      vi.runAllTimers();
      expect(document.head.children).toHaveLength(2);
    });
  });

  it('start at once in a tab opened in the background, which paints nothing until shown', () => {
    page('hidden');
    expect(started()).toEqual(['LINK /data/dataset.json', 'SCRIPT /assets/app.js']);
  });

  it('download the file a link names instead of the shipped one, and only a file of the same site', () => {
    window.history.replaceState(null, '', '/?dataset=/reports/2026.json&lang=en');
    page('hidden', datasetFromSearch);
    expect(started()).toEqual(['LINK /reports/2026.json', 'SCRIPT /assets/app.js']);
    window.history.replaceState(null, '', '/?dataset=https://elsewhere.example/data.json');
    page('hidden', datasetFromSearch);
    expect(started()).toEqual(['LINK /data/dataset.json', 'SCRIPT /assets/app.js']);
    window.history.replaceState(null, '', '/');
  });

  describe('the dataset worker', () => {
    const made: { url: string; options: WorkerOptions; fail: () => void }[] = [];
    class FakeWorker extends EventTarget {
      constructor(url: string, options: WorkerOptions) {
        super();
        made.push({ url, options, fail: () => this.dispatchEvent(new Event('error')) });
      }
    }
    const key = '__testDatasetWorker';
    const held = () => (window as unknown as Record<string, { worker: unknown; failed: boolean } | undefined>)[key];
    beforeEach(() => {
      made.length = 0;
      vi.stubGlobal('Worker', FakeWorker);
    });
    afterEach(() => {
      vi.unstubAllGlobals();
      delete (window as unknown as Record<string, unknown>)[key];
    });

    it('starts with the download, as a module, and is left where the app will find it', () => {
      vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
      document.head.innerHTML = '';
      document.body.innerHTML = '<div id="root"></div><template id="after-paint"><link rel="preload" href="/data/dataset.json" as="fetch"></template>';
      scriptsAfterPaint(undefined, { url: '/assets/dataset.worker-abc.js', key });
      expect(made).toEqual([]);
      vi.runAllTimers();
      expect(made.map(({ url, options }) => ({ url, options }))).toEqual([{ url: '/assets/dataset.worker-abc.js', options: { type: 'module', name: 'dataset' } }]);
      expect(held()).toEqual({ worker: expect.any(FakeWorker), failed: false });
    });

    it('is marked failed when its script fails to load, so the app starts its own', () => {
      vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
      document.body.innerHTML = '<div id="root"></div><template id="after-paint"><script type="module" src="/assets/app.js"></script></template>';
      scriptsAfterPaint(undefined, { url: '/assets/dataset.worker-abc.js', key });
      made[0]!.fail();
      expect(held()?.failed).toBe(true);
    });

    it('is not started where the browser has no workers', () => {
      vi.stubGlobal('Worker', undefined);
      document.body.innerHTML = '<div id="root"></div><template id="after-paint"><script type="module" src="/assets/app.js"></script></template>';
      scriptsAfterPaint(undefined, { url: '/assets/dataset.worker-abc.js', key });
      vi.runAllTimers();
      expect(held()).toBeUndefined();
    });
  });

  it('do nothing where the page has none parked (the development server)', () => {
    document.head.innerHTML = '';
    document.body.innerHTML = '<div id="root"></div>';
    scriptsAfterPaint();
    vi.runAllTimers();
    expect(started()).toEqual([]);
  });
});
