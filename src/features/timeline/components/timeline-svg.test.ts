import { layoutTimeline } from '../../../domain/timeline';
import { placeRows } from '../../../domain/timeline-rows';
import { event, resolution } from '../../../../test/factories/dataset';
import { clip, timelineSvg } from './timeline-svg';

const resolutions = [resolution('r1', '292/NQ-CP'), resolution('r2', '57')];
const layout = layoutTimeline(
  resolutions,
  [
    event('a', { date: '2025-09-25', resolutionIds: ['r1'], title: { en: 'Report on <script>', fr: 'x', vi: 'x' } }),
    event('b', { date: '2025', endDate: '2028', resolutionIds: ['r2'] }),
    event('c', { date: '2030', resolutionIds: ['r1'] }),
  ],
  [],
);

const draw = () =>
  timelineSvg(layout, {
    width: 900,
    laneName: (i) => layout.lanes[i]!.resolution?.code ?? 'shared',
    itemText: (item) => (item.kind === 'event' ? item.event.title.en : 'deadline'),
    yearText: String,
    text: '#000',
    grid: '#999',
  });

describe('timelineSvg', () => {
  it('draws every lane, every item and the years, as text and never as markup', () => {
    const svg = draw();
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['292/NQ-CP', '57', '2025', '2030', 'Report on <script>']));
    expect(svg.querySelector('script')).toBeNull();
    expect(Number(svg.getAttribute('width'))).toBe(900);
  });

  it('grows with the rows it has to show', () => {
    const rows = layout.lanes.reduce((n, l) => n + placeRows(l.items, layout.axis, { trackPx: 876, cardPx: 230, gapPx: 6 }).length, 0);
    expect(Number(draw().getAttribute('height'))).toBe(34 + layout.lanes.length * 24 + rows * 30 + 8);
  });
});

describe('clip', () => {
  it('keeps words that fit and cuts the rest with an ellipsis', () => {
    expect(clip('Short', 200)).toBe('Short');
    expect(clip('A much longer label than the room allows', 60)).toMatch(/…$/);
    expect(clip('Anything', 5)).toBe('');
  });
});
