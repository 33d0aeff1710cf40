import shipped from '../../public/data/dataset.json';
import { applyFilters, EMPTY_FILTERS } from './filters';
import { parseDataset } from './parse-dataset';
import { buildSlides, clampSlide } from './slides';

const data = parseDataset(shipped);

const r292Tasks = data.commitments.filter((c) => c.resolutionId === 'r292' && c.parentId === null).map((c) => c.id);
const pooledTasks = data.commitments.filter((c) => (c.resolutionId === 'r57' || c.resolutionId === 'r59') && c.parentId === null).map((c) => c.id);

describe('buildSlides', () => {
  it('says one thing a slide: title, headline, status grids, each target, the next deadlines', () => {
    const slides = buildSlides(applyFilters(data, EMPTY_FILTERS), 2025);
    expect(slides).toEqual([
      { kind: 'title' },
      { kind: 'headline' },
      { kind: 'status', resolutionIds: ['r292'], commitmentIds: r292Tasks },
      // Resolutions 57 and 59 have one task each: one grid for both, not two near-empty slides.
      { kind: 'status', resolutionIds: ['r57', 'r59'], commitmentIds: pooledTasks },
      { kind: 'target', targetId: 'agencies-abroad' },
      { kind: 'deadlines' },
    ]);
    expect(r292Tasks).toHaveLength(6);
  });

  it('adds what is at risk or off track, the worse first, three a slide', () => {
    const assessed = {
      ...data,
      commitments: data.commitments.map((c, i) => (i < 4 ? { ...c, status: i === 3 ? ('off_track' as const) : ('at_risk' as const) } : c)),
    };
    const slides = buildSlides(applyFilters(assessed, EMPTY_FILTERS), 2025).filter((s) => s.kind === 'attention');
    expect(slides).toHaveLength(2);
    expect(slides[0]).toMatchObject({ commitmentIds: [assessed.commitments[3]!.id, assessed.commitments[0]!.id, assessed.commitments[1]!.id] });
  });

  it('follows the filter and leaves out slides with nothing to say', () => {
    const slides = buildSlides(applyFilters(data, { ...EMPTY_FILTERS, resolutions: ['r57'] }), 2025);
    // r57's only task has no due year: no deadline slide.
    expect(slides.map((s) => s.kind)).toEqual(['title', 'headline', 'status']);
    expect(buildSlides(applyFilters(data, EMPTY_FILTERS), 2046).map((s) => s.kind)).not.toContain('deadlines');
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
