import { computeProgress, latestFigure } from './progress';
import { figure, milestone, target } from '../../test/factories/dataset';

// Milestones deliberately out of order: progress must not rely on the dataset's ordering.
const agencies = target('agencies', [milestone(2045, 150, true), milestone(2030, 115, true)]);

describe('latestFigure', () => {
  it('is null without figures', () => {
    expect(latestFigure([])).toBeNull();
  });

  it('picks the figure with the latest asOf, whatever the order', () => {
    const figures = [figure('t', 1, '2025-06-01'), figure('t', 3, '2026-02-01'), figure('t', 2, '2025-12-31')];
    expect(latestFigure(figures)?.value).toBe(3);
  });
});

describe('computeProgress without a recorded figure', () => {
  it('gives the next milestone but never invents a baseline', () => {
    expect(computeProgress(agencies, [], '2026-03-01')).toEqual({
      latest: null,
      next: expect.objectContaining({ year: 2030, value: 115 }),
      remaining: null,
      paceNeeded: null,
      share: null,
    });
  });

  it('ignores figures recorded for other targets', () => {
    const p = computeProgress(agencies, [figure('other', 200, '2026-01-01')], '2026-03-01');
    expect(p.latest).toBeNull();
    expect(p.paceNeeded).toBeNull();
    expect(p.share).toBeNull();
  });

  it('skips milestones already passed today', () => {
    expect(computeProgress(agencies, [], '2031-01-15').next?.year).toBe(2045);
  });

  it('has no next milestone once all are passed', () => {
    expect(computeProgress(agencies, [], '2046-01-01').next).toBeNull();
  });
});

describe('computeProgress with recorded figures', () => {
  const figures = [
    figure('agencies', 80, '2025-01-01'),
    figure('agencies', 95, '2026-01-01'),
    figure('other', 500, '2027-01-01'),
  ];

  it('measures from the latest figure: 95 on 2026-01-01 towards 115 in 2030', () => {
    const p = computeProgress(agencies, figures, '2026-06-01');
    expect(p.latest?.value).toBe(95);
    expect(p.next?.year).toBe(2030);
    expect(p.remaining).toBe(20); // 115 - 95
    expect(p.paceNeeded).toBe(5); // 20 / (2030 - 2026)
    expect(p.share).toBeCloseTo(95 / 115, 10);
  });

  it('counts a part-year exactly from a mid-year figure', () => {
    // 2 July 2025 is day 182 of 365: 2025 + 182/365; 4 + 183/365 years remain to 2030.
    const p = computeProgress(agencies, [figure('agencies', 100, '2025-07-02')], '2026-01-01');
    expect(p.remaining).toBe(15);
    expect(p.paceNeeded).toBeCloseTo(15 / (4 + 183 / 365), 10);
  });

  it('measures from the figure date, not from today', () => {
    const p = computeProgress(agencies, [figure('agencies', 95, '2026-01-01')], '2028-01-01');
    expect(p.paceNeeded).toBe(5);
  });

  it('moves on to the next milestone when the figure is past one', () => {
    const p = computeProgress(agencies, [figure('agencies', 120, '2031-01-01')], '2031-06-01');
    expect(p.next?.year).toBe(2045);
    expect(p.remaining).toBe(30); // 150 - 120
    expect(p.paceNeeded).toBeCloseTo(30 / 14, 10); // 2045 - 2031
    expect(p.share).toBeCloseTo(120 / 150, 10);
  });

  it('keeps the latest figure but gives no pace once every milestone is passed', () => {
    const p = computeProgress(agencies, [figure('agencies', 160, '2046-01-01')], '2046-06-01');
    expect(p.latest?.value).toBe(160);
    expect(p).toMatchObject({ next: null, remaining: null, paceNeeded: null, share: null });
  });

  it('reports a negative remaining for a target that goes down, and no share towards zero', () => {
    const reduction = target('reduction', [milestone(2030, 0)]);
    const p = computeProgress(reduction, [figure('reduction', 10, '2026-01-01')], '2026-01-01');
    expect(p.remaining).toBe(-10);
    expect(p.paceNeeded).toBe(-2.5);
    expect(p.share).toBeNull();
  });

  it('reports a share above 1 when the figure already exceeds the next milestone', () => {
    const p = computeProgress(agencies, [figure('agencies', 130, '2027-01-01')], '2027-01-01');
    expect(p.remaining).toBe(-15);
    expect(p.share).toBeCloseTo(130 / 115, 10);
  });
});
