import { assessmentCounts, nextDeadline, recentChanges, timeLeft, worrying } from './briefing';
import { upcomingDeadlines } from './deadlines';
import type { AssessmentRecord } from './records';
import { commitment, event, figure, milestone, resolution, target } from '../../test/factories/dataset';

describe('timeLeft', () => {
  it('counts whole years and months to the start of the deadline year', () => {
    expect(timeLeft('2025-07-01', 2030)).toEqual({ years: 4, months: 6 });
    expect(timeLeft('2026-12-02', 2030)).toEqual({ years: 3, months: 0 });
    expect(timeLeft('2029-03-15', 2030)).toEqual({ years: 0, months: 9 });
  });

  it('is null once the deadline year has begun', () => {
    expect(timeLeft('2030-01-01', 2030)).toBeNull();
    expect(timeLeft('2031-05-01', 2030)).toBeNull();
  });
});

describe('nextDeadline', () => {
  const r1 = resolution('r1');
  const r2 = resolution('r2');
  const commitments = [
    commitment('a', { dueYear: 2030 }),
    commitment('b', { dueYear: 2030, resolutionId: 'r2' }),
    commitment('c', { dueYear: 2045 }),
  ];
  const targets = [target('t', [milestone(2030, 115, true), milestone(2045, 150, true)])];

  it('takes the soonest year across resolutions, with what falls due then and the time left', () => {
    const next = nextDeadline(upcomingDeadlines([r1, r2], commitments, targets, 2026), '2026-12-02');
    expect(next).toMatchObject({ year: 2030, left: { years: 3, months: 0 } });
    expect(next?.commitments.map((c) => c.id)).toEqual(['a', 'b']);
    expect(next?.milestones.map((m) => m.milestone.value)).toEqual([115]);
    expect(next?.resolutions.map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it('is null with nothing ahead', () => {
    expect(nextDeadline([], '2026-12-02')).toBeNull();
  });
});

describe('assessmentCounts and worrying', () => {
  const list = [
    commitment('a'),
    commitment('b', { status: 'at_risk' }),
    commitment('c', { status: 'off_track' }),
    commitment('d', { status: 'done' }),
  ];

  it('counts what is assessed and what is at risk or off track', () => {
    expect(assessmentCounts(list)).toEqual({ total: 4, assessed: 3, atRisk: 1, offTrack: 1 });
  });

  it('lists the worrying ones, off track first', () => {
    expect(worrying(list).map((c) => c.id)).toEqual(['c', 'b']);
  });
});

describe('recentChanges', () => {
  const t = target('t', [milestone(2030, 115)]);
  const c = commitment('a');
  const assessment: AssessmentRecord = {
    id: 'as1',
    kind: 'assessment',
    commitmentId: 'a',
    status: 'at_risk',
    date: '2026-11-20',
    justification: 'Two missions delayed',
    createdAt: '2026-11-20T08:00:00Z',
    updatedAt: '2026-11-20T08:00:00Z',
  };
  const input = {
    targets: [t],
    figuresByTarget: new Map([['t', [figure('t', 94, '2025-06-30')]]]),
    commitments: [c],
    assessments: new Map([['a', [assessment]]]),
    events: [event('old', { date: '2024-11-28' }), event('future', { date: '2027-01-01' }), event('recent', { date: '2025-09-25' })],
  };

  it('merges figures, assessments and events, newest first, none in the future', () => {
    const changes = recentChanges(input, '2026-12-02', 3);
    expect(changes.map((x) => `${x.kind}@${x.date}`)).toEqual(['assessment@2026-11-20', 'event@2025-09-25', 'figure@2025-06-30']);
  });

  it('keeps to what the filters leave', () => {
    expect(recentChanges({ ...input, commitments: [], targets: [] }, '2026-12-02', 5).map((x) => x.kind)).toEqual(['event', 'event']);
  });

  it('keeps the newest of many, and of changes on one day, the figures before the events, in their order', () => {
    const events = Array.from({ length: 50 }, (_, i) => event(`e${i}`, { date: `20${10 + (i % 15)}-01-01` }));
    const sameDay = [event('x', { date: '2025-06-30' }), event('y', { date: '2025-06-30' })];
    const changes = recentChanges({ ...input, assessments: new Map(), events: [...events, ...sameDay] }, '2026-12-02', 4);
    expect(changes.map((x) => (x.kind === 'event' ? x.event.id : `figure@${x.date}`))).toEqual(['figure@2025-06-30', 'x', 'y', 'e14']);
  });
});
