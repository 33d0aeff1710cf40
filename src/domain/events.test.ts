import { recentEvents } from './events';
import { event } from '../../test/factories/dataset';

describe('recentEvents', () => {
  it('keeps the newest events up to today, newest first, a year-only date counting as its start', () => {
    const events = [event('old', { date: '2020-05-01' }), event('future', { date: '2030' }), event('year', { date: '2025' }), event('recent', { date: '2025-09-25' })];
    expect(recentEvents(events, '2026-01-01', 2).map((e) => e.id)).toEqual(['recent', 'year']);
    expect(recentEvents(events, '2026-01-01', 5).map((e) => e.id)).toEqual(['recent', 'year', 'old']);
  });
});
