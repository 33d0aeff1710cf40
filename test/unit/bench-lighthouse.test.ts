import { initialScripts } from '../bench/bundle-size';
import { combineLighthouse, lighthouseVerdicts, type LighthouseScores } from '../bench/lighthouse';
import { lighthouseLines } from '../bench/report';

const run = (over: Partial<LighthouseScores> = {}): LighthouseScores => ({
  performance: 96,
  accessibility: 100,
  bestPractices: 100,
  lcpMs: 900,
  fcpMs: 800,
  tbtMs: 120,
  cls: 0,
  speedIndexMs: 900,
  ...over,
});

describe('Lighthouse in the benchmark', () => {
  it('reads the median of its runs, with their range, and the floor page’s median LCP', () => {
    const series = combineLighthouse([run({ performance: 80, tbtMs: 600 }), run(), run({ performance: 99, tbtMs: 40 })], [700, 640, 900]);
    expect(series).toMatchObject({ runs: 3, performance: 96, tbtMs: 120, floorLcpMs: 700 });
    expect(series.spread.performance).toEqual({ min: 80, max: 99 });
    expect(series.floorLcpSpread).toEqual({ min: 640, max: 900 });
  });

  it('misses the LCP budget beyond 1.5× the floor page’s, and the blocking time one beyond 150 ms', () => {
    const verdicts = (r: LighthouseScores, floor: number) => lighthouseVerdicts('HTTP/1.1', combineLighthouse([r], [floor]));
    const missed = (r: LighthouseScores, floor: number) => verdicts(r, floor).filter((v) => !v.ok).map((v) => v.budget);
    expect(missed(run({ lcpMs: 1050 }), 700)).toEqual([]);
    expect(missed(run({ lcpMs: 1051 }), 700)).toEqual(["Lighthouse LCP, ≤ 1.5× the floor page's, HTTP/1.1"]);
    expect(missed(run({ tbtMs: 151 }), 700)).toEqual(['Lighthouse blocking time, HTTP/1.1']);
    expect(missed(run({ performance: 94 }), 700)).toEqual(['Lighthouse performance (mobile), HTTP/1.1']);
  });

  it('counts a protocol that was not run as missed, never as met', () => {
    expect(lighthouseVerdicts('HTTP/2 with TLS', null).every((v) => !v.ok)).toBe(true);
  });

  it('says which page, how many runs, and the LCP against the floor’s', () => {
    const line = lighthouseLines([{ protocol: 'HTTP/1.1', scores: combineLighthouse([run(), run({ lcpMs: 1000 })], [600, 600]) }]);
    expect(line).toContain('the overview at `/`');
    expect(line).toContain('median of 2 run(s)');
    expect(line).toContain("1.58× the floor page's 600 ms");
  });
});

describe('the first view’s scripts', () => {
  it('are counted where the build parks them until the first paint', () => {
    const html =
      '<head><link rel="icon" href="/favicon.svg"></head><body><div id="root"></div><template id="after-paint"><link rel="preload" href="/data/dataset.json" as="fetch"><script type="module" crossorigin src="/assets/react.js"></script><script type="module" crossorigin src="/assets/app.js"></script></template></body>';
    expect(initialScripts(html)).toEqual(['/assets/react.js', '/assets/app.js']);
  });
});
