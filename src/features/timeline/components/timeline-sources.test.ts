import { timelineSources } from './timeline-sources';
import { cite, commitment, event, source } from '../../../../test/factories/dataset';

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

  it('counts a commitment on its plan’s horizon as shown, since the timeline counts it there', () => {
    const sources = [source({ id: 'a' }), source({ id: 'b' })];
    const filtered = {
      resolutions: [],
      commitments: [commitment('h', { dueYear: null, horizonYear: 2030, citations: cite('b') })],
      targets: [],
      facts: [],
      events: [],
    };
    expect(timelineSources(filtered, sources).map((s) => s.id)).toEqual(['b']);
  });
});
