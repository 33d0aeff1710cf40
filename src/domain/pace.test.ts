import { assessPace, pathValueAt, paceSoFar, projectPace } from './pace';
import { figure, milestone, target } from '../../test/factories/dataset';

const agencies = target('agencies', [milestone(2045, 150, true), milestone(2030, 115, true)]);

describe('paceSoFar', () => {
  it('is the yearly change from the first figure to the latest', () => {
    expect(paceSoFar(figure('agencies', 80, '2021-01-01'), figure('agencies', 94, '2025-07-02'))).toBeCloseTo(14 / 4.5, 2);
  });

  it('is null with one figure or two on the same day', () => {
    const f = figure('agencies', 94, '2025-06-30');
    expect(paceSoFar(f, f)).toBeNull();
    expect(paceSoFar(null, null)).toBeNull();
  });
});

describe('assessPace', () => {
  it('says "no data" and invents no pace without a figure', () => {
    const p = assessPace(agencies, [], '2026-12-02');
    expect(p).toMatchObject({ verdict: 'no_data', reason: 'no_figure', paceSoFar: null, paceNeeded: null, first: null });
    expect(p.next?.year).toBe(2030);
  });

  it('gives the pace needed but no verdict from a single figure', () => {
    const p = assessPace(agencies, [figure('agencies', 94, '2025-07-02')], '2026-12-02');
    expect(p).toMatchObject({ verdict: 'no_data', reason: 'one_figure', paceSoFar: null });
    expect(p.paceNeeded).toBeCloseTo(21 / 4.5, 2);
  });

  it('is behind when the pace so far is short of the pace needed (the issue\'s example)', () => {
    // 80 → 94 in 4.5 years is 3.1 a year; 21 more in 4.5 years is 4.7 a year.
    const p = assessPace(agencies, [figure('agencies', 80, '2021-01-01'), figure('agencies', 94, '2025-07-02')], '2026-12-02');
    expect(p.verdict).toBe('behind');
    expect(p.reason).toBe('pace_short');
    expect(p.paceSoFar).toBeCloseTo(3.1, 1);
    expect(p.paceNeeded).toBeCloseTo(4.7, 1);
    expect(p.share).toBeCloseTo(94 / 115, 3);
  });

  it('is on track when the pace so far covers the pace needed', () => {
    const p = assessPace(agencies, [figure('agencies', 70, '2021-01-01'), figure('agencies', 94, '2025-07-02')], '2026-12-02');
    expect(p).toMatchObject({ verdict: 'on_track', reason: 'pace_enough' });
  });

  it('is on track once the next target is reached, whatever the pace', () => {
    const p = assessPace(agencies, [figure('agencies', 120, '2021-01-01'), figure('agencies', 116, '2026-01-01')], '2026-12-02');
    expect(p).toMatchObject({ verdict: 'on_track', reason: 'reached' });
  });

  it('reads a target that goes down the right way', () => {
    const delays = target('delays', [milestone(2030, 10)]);
    const falling = [figure('delays', 40, '2020-01-01'), figure('delays', 20, '2025-01-01')];
    // 4 a year down so far; 10 more down in 5 years needs 2 a year.
    expect(assessPace(delays, falling, '2026-01-01')).toMatchObject({ verdict: 'on_track', reason: 'pace_enough' });
    const slow = [figure('delays', 22, '2020-01-01'), figure('delays', 20, '2025-01-01')];
    expect(assessPace(delays, slow, '2026-01-01')).toMatchObject({ verdict: 'behind' });
  });

  it('judges a passed deadline by whether its target was met', () => {
    const once = target('once', [milestone(2024, 100)]);
    expect(assessPace(once, [figure('once', 90, '2025-01-01')], '2026-01-01')).toMatchObject({ verdict: 'behind', reason: 'deadline_missed' });
    expect(assessPace(once, [figure('once', 100, '2025-01-01')], '2026-01-01')).toMatchObject({ verdict: 'on_track', reason: 'deadline_met' });
  });

  it('ignores other targets\' figures', () => {
    expect(assessPace(agencies, [figure('other', 3, '2025-01-01')], '2026-01-01').verdict).toBe('no_data');
  });
});

describe('pathValueAt', () => {
  it('follows the steady path from the first figure through each milestone', () => {
    const first = figure('agencies', 95, '2026-01-01');
    expect(pathValueAt(agencies, first, 2026)).toBe(95);
    expect(pathValueAt(agencies, first, 2028)).toBeCloseTo(105, 5);
    expect(pathValueAt(agencies, first, 2030)).toBe(115);
    expect(pathValueAt(agencies, first, 2037.5)).toBeCloseTo(132.5, 5);
  });

  it('says nothing before the first figure, after the last milestone or with no figure', () => {
    expect(pathValueAt(agencies, figure('agencies', 95, '2026-01-01'), 2025)).toBeNull();
    expect(pathValueAt(agencies, figure('agencies', 95, '2026-01-01'), 2046)).toBeNull();
    expect(pathValueAt(agencies, null, 2027)).toBeNull();
  });
});

describe('projectPace', () => {
  it('carries the pace so far to each milestone year ahead', () => {
    const latest = figure('agencies', 100, '2026-01-01');
    expect(projectPace(agencies, { latest, paceSoFar: 2 })).toEqual([
      { year: 2030, value: 108 },
      { year: 2045, value: 138 },
    ]);
  });

  it('projects nothing without a pace so far', () => {
    expect(projectPace(agencies, { latest: figure('agencies', 100, '2026-01-01'), paceSoFar: null })).toEqual([]);
  });
});
