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

  it('start after the first frame, the dataset’s download first, with their attributes', () => {
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

  it('do nothing where the page has none parked (the development server)', () => {
    document.head.innerHTML = '';
    document.body.innerHTML = '<div id="root"></div>';
    scriptsAfterPaint();
    vi.runAllTimers();
    expect(started()).toEqual([]);
  });
});
