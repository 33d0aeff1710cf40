/** The benchmark's table, as it prints and as the README shows it (Markdown). */
import type { SizeFigures, Verdict } from './budgets';
import type { LighthouseScores } from './lighthouse';

const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)} ms` : 'n/a');
const ratio = (n: number, floor: number) => (Number.isFinite(n) && floor > 0 ? ` (${(n / floor).toFixed(1)}× floor)` : '');

export function sizeTable(sizes: SizeFigures[]): string {
  const rows: [string, (f: SizeFigures) => string][] = [
    ['Floor page load (this machine)', (f) => ms(f.floorMs)],
    ['First chart painted', (f) => ms(f.firstChartMs) + ratio(f.firstChartMs, f.floorMs)],
    ['Largest contentful paint', (f) => ms(f.lcpMs) + ratio(f.lcpMs, f.floorMs)],
    ['Filter → paint, median of 20', (f) => ms(f.filterMedianMs)],
    ['Filter → paint, worst of 20', (f) => ms(f.filterWorstMs)],
    ['Filter → chart updated too, median', (f) => ms(f.filterSettledMedianMs)],
    ['Open the timeline', (f) => ms(f.timelineMs)],
    ['Enter presentation mode', (f) => ms(f.presentMs)],
    ['JS heap after load', (f) => `${f.heapMb.toFixed(0)} MB`],
    ['Long tasks (> 50 ms) during load', (f) => `${f.longTasksLoad}, longest ${ms(f.longestTaskLoadMs)}`],
    ['Longest task while filtering', (f) => ms(f.longestTaskFilteringMs)],
  ];
  const head = `| Measure | ${sizes.map((s) => s.size).join(' | ')} |\n|---|${sizes.map(() => '---:').join('|')}|`;
  return [head, ...rows.map(([name, read]) => `| ${name} | ${sizes.map(read).join(' | ')} |`)].join('\n');
}

export function verdictTable(verdicts: Verdict[]): string {
  const head = '| Budget | Size | Measured | Limit | |\n|---|---|---:|---:|---|';
  const fmt = (v: number, unit: string) => (unit === 'score' ? String(v) : `${unit === 'KB' || unit === 'MB' ? v.toFixed(1) : Math.round(v)} ${unit}`);
  return [
    head,
    ...verdicts.map((v) => `| ${v.budget} | ${v.size} | ${fmt(v.value, v.unit)} | ${v.unit === 'score' ? '≥ ' : '≤ '}${fmt(v.limit, v.unit)} | ${v.ok ? 'met' : '**MISSED**'} |`),
  ].join('\n');
}

export function printTable(sizes: SizeFigures[], initialJsKb: number, lighthouse: LighthouseScores | null, verdicts: Verdict[]) {
  const lines = [
    '',
    `Initial JavaScript for the first view: ${initialJsKb.toFixed(1)} KB gzip`,
    '',
    sizeTable(sizes),
    '',
    lighthouse
      ? `Lighthouse (mobile preset, shipped dataset): performance ${lighthouse.performance}, accessibility ${lighthouse.accessibility}, best practices ${lighthouse.bestPractices}, FCP ${ms(lighthouse.fcpMs)}, LCP ${ms(lighthouse.lcpMs)}, TBT ${ms(lighthouse.tbtMs)}, CLS ${lighthouse.cls.toFixed(3)}, Speed Index ${ms(lighthouse.speedIndexMs)}`
      : 'Lighthouse: not run',
    '',
    verdictTable(verdicts),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
