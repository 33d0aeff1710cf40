import { upcomingDeadlines } from './deadlines';
import { commitment, milestone, resolution, target } from '../../test/factories/dataset';

// r2 comes first on purpose: ties within a year follow this order, not the ids.
const resolutions = [resolution('r2'), resolution('r1')];
const commitments = [
  commitment('c1', { dueYear: 2030 }),
  commitment('c2', { parentId: 'c1', dueYear: 2030 }),
  commitment('c3', { dueYear: 2025 }),
  commitment('c4', { dueYear: null }),
  commitment('c5', { resolutionId: 'r2', dueYear: 2030 }),
  commitment('c6', { resolutionId: 'r2', dueYear: 2027 }),
  commitment('c7', { resolutionId: 'unknown', dueYear: 2030 }),
];
const targets = [
  target('tg1', [milestone(2030, 115, true), milestone(2045, 150, true)]),
  target('tg2', [milestone(2024, 10)], { resolutionId: 'r2' }),
];

const keys = (deadlines: ReturnType<typeof upcomingDeadlines>) =>
  deadlines.map((d) => `${d.year}|${d.resolution.id}`);

describe('upcomingDeadlines', () => {
  const deadlines = upcomingDeadlines(resolutions, commitments, targets, 2026);

  it('gives one entry per resolution and year, soonest first, then in resolution order', () => {
    expect(keys(deadlines)).toEqual(['2027|r2', '2030|r2', '2030|r1', '2045|r1']);
  });

  it('groups every commitment due that year under its resolution', () => {
    const r1In2030 = deadlines.find((d) => d.year === 2030 && d.resolution.id === 'r1')!;
    expect(r1In2030.commitments.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(deadlines.find((d) => d.year === 2027)!.commitments.map((c) => c.id)).toEqual(['c6']);
  });

  it('includes target milestones with their target', () => {
    const r1In2030 = deadlines.find((d) => d.year === 2030 && d.resolution.id === 'r1')!;
    expect(r1In2030.milestones).toEqual([{ target: targets[0], milestone: targets[0]!.milestones[0] }]);
    const r1In2045 = deadlines.find((d) => d.year === 2045)!;
    expect(r1In2045.commitments).toEqual([]);
    expect(r1In2045.milestones.map((m) => m.milestone.value)).toEqual([150]);
  });

  it('drops years before fromYear, commitments without a due year and unknown resolutions', () => {
    const all = deadlines.flatMap((d) => d.commitments.map((c) => c.id));
    expect(all).not.toContain('c3');
    expect(all).not.toContain('c4');
    expect(all).not.toContain('c7');
    expect(deadlines.some((d) => d.year < 2026)).toBe(false);
  });

  it('includes fromYear itself', () => {
    expect(keys(upcomingDeadlines(resolutions, commitments, targets, 2025))).toEqual([
      '2025|r1',
      '2027|r2',
      '2030|r2',
      '2030|r1',
      '2045|r1',
    ]);
  });

  it('keeps a plan’s horizon apart from what is due, and skips a meeting’s request', () => {
    const planned = [
      commitment('d1', { dueYear: 2030 }),
      commitment('h1', { dueYear: null, horizonYear: 2030 }),
      commitment('h2', { parentId: 'h1', dueYear: null, horizonYear: 2030 }),
      commitment('q1', { resolutionId: null, kind: 'request', eventId: 'e1', dueYear: null }),
    ];
    const [only, ...rest] = upcomingDeadlines(resolutions, planned, [], 2026);
    expect(rest).toEqual([]);
    expect(only!.commitments.map((c) => c.id)).toEqual(['d1']);
    expect(only!.onHorizon.map((c) => c.id)).toEqual(['h1', 'h2']);
  });

  it('is empty when nothing is due', () => {
    expect(upcomingDeadlines(resolutions, [], [], 2026)).toEqual([]);
    expect(upcomingDeadlines(resolutions, commitments, targets, 2100)).toEqual([]);
  });
});
