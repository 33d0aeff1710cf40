import { checkBudgets, median, type SizeFigures } from '../bench/budgets';
import { initialScripts } from '../bench/bundle-size';

const figures = (over: Partial<SizeFigures> = {}): SizeFigures => ({
  size: 'large',
  floorMs: 20,
  firstChartMs: 1_200,
  lcpMs: 1_100,
  filterMedianMs: 40,
  filterWorstMs: 90,
  filterSamplesMs: [40, 90],
  filterSettledMedianMs: 120,
  timelineMs: 300,
  presentMs: 200,
  heapMb: 120,
  longTasksLoad: 3,
  longestTaskLoadMs: 400,
  longestTaskFilteringMs: 60,
  ...over,
});

describe('the benchmark budgets', () => {
  it('pass when every figure is within its limit', () => {
    expect(checkBudgets([figures()], 180).every((v) => v.ok)).toBe(true);
  });

  it('fail the one that is missed, by name', () => {
    const failed = checkBudgets([figures({ filterWorstMs: 250 })], 180).filter((v) => !v.ok);
    expect(failed.map((v) => v.budget)).toEqual(['filter to paint, worst of 20']);
    expect(checkBudgets([figures()], 201).filter((v) => !v.ok).map((v) => v.budget)).toEqual(['initial JS (gzip)']);
  });

  it('count a figure that could not be measured as missed', () => {
    expect(checkBudgets([figures({ firstChartMs: NaN })], 180).find((v) => v.budget === 'first chart painted')?.ok).toBe(false);
  });

  it('median of an even and an odd list', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('initialScripts', () => {
  it('reads the entry script and its modulepreloads from index.html', () => {
    const html = '<script type="module" crossorigin src="/assets/index-a.js"></script><link rel="modulepreload" crossorigin href="/assets/vendor-b.js"><link rel="stylesheet" href="/assets/x.css">';
    expect(initialScripts(html)).toEqual(['/assets/index-a.js', '/assets/vendor-b.js']);
  });
});
