import { recentEvents, targetEvents } from './events';
import { event, milestone, target } from '../../test/factories/dataset';

describe('recentEvents', () => {
  it('keeps the newest events up to today, newest first, a year-only date counting as its start', () => {
    const events = [event('old', { date: '2020-05-01' }), event('future', { date: '2030' }), event('year', { date: '2025' }), event('recent', { date: '2025-09-25' })];
    expect(recentEvents(events, '2026-01-01', 2).map((e) => e.id)).toEqual(['recent', 'year']);
    expect(recentEvents(events, '2026-01-01', 5).map((e) => e.id)).toEqual(['recent', 'year', 'old']);
  });
});

describe('targetEvents', () => {
  const agencies = { ...target('agencies', [milestone(2030, 115, true), milestone(2045, 150, true)]), resolutionId: 'r1' };

  it("keeps the events of the target's resolution in date order", () => {
    const events = [event('late', { date: '2026-03-01' }), event('other', { resolutionIds: ['r2'] }), event('none', { resolutionIds: [] }), event('early', { date: '2025' })];
    expect(targetEvents(agencies, events).map((e) => e.id)).toEqual(['early', 'late']);
  });

  it("leaves out a horizon on a milestone's year, which the milestone marks already", () => {
    const events = [event('h2030', { kind: 'horizon', date: '2030' }), event('h2035', { kind: 'horizon', date: '2035' }), event('m2030', { date: '2030-05-01' })];
    expect(targetEvents(agencies, events).map((e) => e.id)).toEqual(['m2030', 'h2035']);
  });
});
