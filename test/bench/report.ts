/**
 * The benchmark's tables, as it prints them and as README.md shows them (Markdown). The README's
 * tables are rewritten from a run (`--write-readme`), so they cannot drift from what was measured.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Verdict } from './budgets';
import type { LighthouseSeries } from './lighthouse';
import type { CombinedFigures, Measure } from './runs';

export interface BenchResult {
  measuredAt: string;
  protocol: string;
  browser: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; os: string; node: string; loadAverageAtStart: number[] };
  runsPerSize: number;
  initialJsKb: number;
  sizes: CombinedFigures[];
  lighthouse: { protocol: string; scores: LighthouseSeries | null; note?: string }[];
  verdicts: Verdict[];
}

const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)} ms` : 'n/a');
const ratio = (n: number, floor: number) => (Number.isFinite(n) && floor > 0 ? `, ${(n / floor).toFixed(1)}× floor` : '');
/** "59 ms (52–71)": the median of the runs and their range, when there was more than one. */
const withSpread = (f: CombinedFigures, key: Measure, fmt: (n: number) => string = ms) =>
  f.runs > 1 ? `${fmt(f[key])} (${Math.round(f.spread[key].min)}–${Math.round(f.spread[key].max)})` : fmt(f[key]);

export function sizeTable(sizes: CombinedFigures[]): string {
  const rows: [string, (f: CombinedFigures) => string][] = [
    ['Floor page load (this machine)', (f) => ms(f.floorMs)],
    ['First chart painted', (f) => withSpread(f, 'firstChartMs') + ratio(f.firstChartMs, f.floorMs)],
    ['Largest contentful paint', (f) => withSpread(f, 'lcpMs') + ratio(f.lcpMs, f.floorMs)],
    ['Filter → lists painted, median of 20', (f) => withSpread(f, 'filterMedianMs')],
    ['Filter → lists painted, worst of 20', (f) => withSpread(f, 'filterWorstMs')],
    ['Filter → everything updated, charts included, median of 20', (f) => withSpread(f, 'filterSettledMedianMs')],
    ['Filter → everything updated, charts included, worst of 20', (f) => withSpread(f, 'filterSettledWorstMs')],
    ['Open the timeline', (f) => withSpread(f, 'timelineMs')],
    ['Enter presentation mode', (f) => withSpread(f, 'presentMs')],
    ['Next slide (a clicker’s → or ←), median of 5', (f) => withSpread(f, 'nextSlideMs')],
    ['JS heap after load', (f) => withSpread(f, 'heapMb', (n) => `${n.toFixed(0)} MB`)],
    ['Long tasks (> 50 ms) during load', (f) => `${f.longTasksLoad}, longest ${withSpread(f, 'longestTaskLoadMs')}`],
    ['Longest task while filtering', (f) => withSpread(f, 'longestTaskFilteringMs')],
  ];
  const head = `| Measure (median of runs, lowest–highest) | ${sizes.map((s) => s.size).join(' | ')} |\n|---|${sizes.map(() => '---:').join('|')}|`;
  return [head, ...rows.map(([name, read]) => `| ${name} | ${sizes.map(read).join(' | ')} |`)].join('\n');
}

export function verdictTable(verdicts: Verdict[]): string {
  const head = '| Budget | Size | Measured | Limit | |\n|---|---|---:|---:|---|';
  const fmt = (v: number, unit: string) =>
    !Number.isFinite(v) ? 'not measured' : unit === 'score' ? String(v) : unit === '× floor' ? `${v.toFixed(1)}× floor` : `${unit === 'KB' || unit === 'MB' ? v.toFixed(1) : Math.round(v)} ${unit}`;
  return [
    head,
    ...verdicts.map((v) => `| ${v.budget} | ${v.size} | ${fmt(v.value, v.unit)} | ${v.unit === 'score' ? '≥ ' : '≤ '}${fmt(v.limit, v.unit)} | ${v.ok ? 'met' : '**MISSED**'} |`),
  ].join('\n');
}

export function lighthouseLines(lighthouse: BenchResult['lighthouse']): string {
  if (lighthouse.length === 0) return 'Lighthouse: not run.';
  return lighthouse
    .map(({ protocol, scores: s, note }) => {
      if (!s) return `- Lighthouse, ${protocol}: ${note ?? 'not run'}`;
      const range = (key: keyof LighthouseSeries['spread'], fmt: (n: number) => string) =>
        s.runs > 1 ? `${fmt(s[key])} (${fmt(s.spread[key].min)}–${fmt(s.spread[key].max)})` : fmt(s[key]);
      const n = (v: number) => String(Math.round(v));
      const floor = s.runs > 1 ? `${ms(s.floorLcpMs)} (${Math.round(s.floorLcpSpread.min)}–${Math.round(s.floorLcpSpread.max)})` : ms(s.floorLcpMs);
      return (
        `- Lighthouse, mobile preset, the overview at \`/\` with the shipped dataset, ${protocol}, median of ${s.runs} run(s) (lowest–highest): ` +
        `performance ${range('performance', n)}, accessibility ${range('accessibility', n)}, best practices ${range('bestPractices', n)}; ` +
        `FCP ${range('fcpMs', ms)}, LCP ${range('lcpMs', ms)} (${(s.lcpMs / s.floorLcpMs).toFixed(2)}× the floor page's ${floor}), ` +
        `blocking time ${range('tbtMs', ms)}, CLS ${s.cls.toFixed(3)}`
      );
    })
    .join('\n');
}

export function conditionsLine(b: BenchResult): string {
  const m = b.machine;
  return `Measured ${b.measuredAt.slice(0, 10)} by \`npm run bench\` on ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, ${m.os}, Node ${m.node} (load average at start ${m.loadAverageAtStart.join(', ')}); ${b.browser}; served over ${b.protocol}; ${b.runsPerSize} run(s) per size. Initial JavaScript for the first view: ${b.initialJsKb.toFixed(1)} KB gzip.`;
}

export function markdown(b: BenchResult): string {
  return [conditionsLine(b), '', sizeTable(b.sizes), '', lighthouseLines(b.lighthouse), '', verdictTable(b.verdicts)].join('\n');
}

export function printTable(b: BenchResult) {
  process.stdout.write(`\n${markdown(b)}\n`);
}

export const README_START = '<!-- bench:start (written by npm run bench -- --write-readme) -->';
export const README_END = '<!-- bench:end -->';

/** Replaces what lies between the README's markers with this run's tables. */
export function replaceBetweenMarkers(text: string, body: string): string {
  const start = text.indexOf(README_START);
  const end = text.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${README_START} … ${README_END} section`);
  return `${text.slice(0, start + README_START.length)}\n${body}\n${text.slice(end)}`;
}

export function rewriteReadme(path: string, b: BenchResult) {
  writeFileSync(path, replaceBetweenMarkers(readFileSync(path, 'utf8'), markdown(b)));
}
