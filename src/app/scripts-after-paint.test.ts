import { scriptsAfterPaint } from './scripts-after-paint';

function page(visibility: DocumentVisibilityState) {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue(visibility);
  document.head.innerHTML = '';
  document.body.innerHTML =
    '<div id="root">first screen</div><template id="after-paint"><link rel="preload" href="/data/dataset.json" as="fetch" crossorigin="anonymous"><script type="module" crossorigin src="/assets/app.js"></script></template>';
  scriptsAfterPaint();
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

  it('do nothing where the page has none parked (the development server)', () => {
    document.head.innerHTML = '';
    document.body.innerHTML = '<div id="root"></div>';
    scriptsAfterPaint();
    vi.runAllTimers();
    expect(started()).toEqual([]);
  });
});
