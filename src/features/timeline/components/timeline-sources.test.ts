import { capLines, timelineSources } from './timeline-sources';
import { cite, commitment, event, source } from '../../../domain/test-fixtures';

describe('timelineSources', () => {
  it('lists the sources of the events and due commitments shown, each once, in dataset order', () => {
    const sources = [source({ id: 'a' }), source({ id: 'b' }), source({ id: 'c' })];
    const filtered = {
      resolutions: [],
      commitments: [commitment('due', { dueYear: 2030, citations: cite('c') }), commitment('undated', { dueYear: null, citations: cite('b') })],
      targets: [],
      facts: [],
      events: [event('e1', { citations: cite('a') }), event('e2', { citations: cite('a') })],
    };
    expect(timelineSources(filtered, sources).map((s) => s.id)).toEqual(['a', 'c']);
  });
});

describe('capLines', () => {
  it('keeps short lists and says how many more a long one has', () => {
    expect(capLines(['1', '2'], (n) => `+${n}`, 3)).toEqual(['1', '2']);
    expect(capLines(['1', '2', '3', '4', '5'], (n) => `+${n}`, 3)).toEqual(['1', '2', '+3']);
  });
});
