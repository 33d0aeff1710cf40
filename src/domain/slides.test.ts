import shipped from '../../public/data/dataset.json';
import { applyFilters, EMPTY_FILTERS } from './filters';
import { parseDataset } from './parse-dataset';
import { buildSlides, clampSlide } from './slides';

const data = parseDataset(shipped);

describe('buildSlides', () => {
  it('makes title, overview, one slide per resolution with tasks, per target, and the timeline', () => {
    const slides = buildSlides(applyFilters(data, EMPTY_FILTERS));
    expect(slides).toEqual([
      { kind: 'title' },
      { kind: 'overview' },
      { kind: 'resolution', resolutionId: 'r292' },
      { kind: 'resolution', resolutionId: 'r57' },
      { kind: 'resolution', resolutionId: 'r59' },
      { kind: 'target', targetId: 'agencies-abroad' },
      { kind: 'timeline' },
    ]);
  });

  it('follows the filter', () => {
    const slides = buildSlides(applyFilters(data, { ...EMPTY_FILTERS, resolutions: ['r57'] }));
    expect(slides.map((s) => s.kind)).toEqual(['title', 'overview', 'resolution', 'timeline']);
  });
});

describe('clampSlide', () => {
  it.each([
    [null, 1],
    ['3', 3],
    ['0', 1],
    ['abc', 1],
    ['99', 7],
  ])('reads %s as slide %i of 7', (requested, expected) => {
    expect(clampSlide(requested, 7)).toBe(expected);
  });
});
