/**
 * Lighthouse (the npm package) on the production build, with its default mobile preset: the
 * app's first view and, in the same run and from the same server, the floor page (one line of
 * HTML), so its paint times read against what this machine and protocol can do at best.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { median, type Verdict } from './budgets';

export interface LighthouseScores {
  /** The whole Lighthouse result, written beside bench.json for a closer look. */
  report?: unknown;
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
}

type Metric = Exclude<keyof LighthouseScores, 'report'>;
const METRICS: Metric[] = ['performance', 'accessibility', 'bestPractices', 'lcpMs', 'fcpMs', 'tbtMs', 'cls', 'speedIndexMs'];

/** Several Lighthouse runs of the app and of the floor page: each figure the median, with its range. */
export interface LighthouseSeries extends LighthouseScores {
  runs: number;
  spread: Record<Metric, { min: number; max: number }>;
  /** The floor page's LCP (median of as many runs), measured the same way in the same run. */
  floorLcpMs: number;
  floorLcpSpread: { min: number; max: number };
}

export const LIGHTHOUSE_BUDGETS: { name: string; key: 'performance' | 'accessibility' | 'bestPractices'; min: number }[] = [
  { name: 'performance (mobile)', key: 'performance', min: 95 },
  { name: 'accessibility', key: 'accessibility', min: 100 },
  { name: 'best practices', key: 'bestPractices', min: 95 },
];
/** LCP within this many times the floor page's; blocking time at most this. */
export const LCP_OVER_FLOOR_MAX = 1.5;
export const BLOCKING_TIME_MAX_MS = 150;

export async function runLighthouse(url: string, chromePath: string, flags: string[]): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: flags });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
      fcpMs: audits['first-contentful-paint']?.numericValue ?? NaN,
      tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
      cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
      speedIndexMs: audits['speed-index']?.numericValue ?? NaN,
      report: result.lhr,
    };
  } finally {
    chrome.kill();
  }
}

/** Folds runs into medians with their range; the report kept is that of the run with the median score. */
export function combineLighthouse(app: LighthouseScores[], floorLcps: number[]): LighthouseSeries {
  if (app.length === 0 || floorLcps.length === 0) throw new Error('no Lighthouse run to combine');
  const byScore = [...app].sort((a, b) => a.performance - b.performance);
  const series = { runs: app.length, report: byScore[Math.floor(byScore.length / 2)]!.report, spread: {} } as LighthouseSeries;
  for (const key of METRICS) {
    const values = app.map((r) => r[key]);
    series[key] = median(values);
    series.spread[key] = { min: Math.min(...values), max: Math.max(...values) };
  }
  series.floorLcpMs = median(floorLcps);
  series.floorLcpSpread = { min: Math.min(...floorLcps), max: Math.max(...floorLcps) };
  return series;
}

/** The app's page and the floor page, in turn, `runs` times each, in fresh browsers. */
export async function lighthouseSeries(appUrl: string, floorUrl: string, chromePath: string, flags: string[], runs: number): Promise<LighthouseSeries> {
  const app: LighthouseScores[] = [];
  const floor: number[] = [];
  for (let i = 0; i < runs; i++) {
    floor.push((await runLighthouse(floorUrl, chromePath, flags)).lcpMs);
    app.push(await runLighthouse(appUrl, chromePath, flags));
  }
  return combineLighthouse(app, floor);
}

/** The Lighthouse budgets of one protocol, read on the medians. */
export function lighthouseVerdicts(protocol: string, series: LighthouseSeries | null): Verdict[] {
  const scores = LIGHTHOUSE_BUDGETS.map((b): Verdict => {
    const value = series?.[b.key] ?? NaN;
    return { budget: `Lighthouse ${b.name}, ${protocol}`, size: 'small', value, limit: b.min, unit: 'score', ok: value >= b.min };
  });
  const lcpLimit = series ? series.floorLcpMs * LCP_OVER_FLOOR_MAX : NaN;
  const lcp = series?.lcpMs ?? NaN;
  const tbt = series?.tbtMs ?? NaN;
  return [
    ...scores,
    { budget: `Lighthouse LCP, ≤ ${LCP_OVER_FLOOR_MAX}× the floor page's, ${protocol}`, size: 'small', value: lcp, limit: lcpLimit, unit: 'ms', ok: lcp <= lcpLimit },
    { budget: `Lighthouse blocking time, ${protocol}`, size: 'small', value: tbt, limit: BLOCKING_TIME_MAX_MS, unit: 'ms', ok: tbt <= BLOCKING_TIME_MAX_MS },
  ];
}
