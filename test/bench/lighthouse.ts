/** Lighthouse (the npm package) on the production build, with its default mobile preset. */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

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

export const LIGHTHOUSE_BUDGETS: { name: string; key: 'performance' | 'accessibility' | 'bestPractices'; min: number }[] = [
  { name: 'performance (mobile)', key: 'performance', min: 95 },
  { name: 'accessibility', key: 'accessibility', min: 100 },
  { name: 'best practices', key: 'bestPractices', min: 95 },
];

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
