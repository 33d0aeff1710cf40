import shipped from '../../public/data/dataset.json';
import { applyFilters, EMPTY_FILTERS } from './filters';
import { parseDataset } from './parse-dataset';
import { buildSlides, clampSlide, NO_REVIEW } from './slides';

const data = parseDataset(shipped);

const r292Tasks = data.commitments.filter((c) => c.resolutionId === 'r292' && c.parentId === null).map((c) => c.id);
// The shipped data gives Resolutions 57 and 59 no task of their own (the 18 July request is the
// conference's, not theirs): for the pooled grid, lend each one task.
const r292Task = data.commitments.find((c) => c.resolutionId === 'r292' && c.parentId === null)!;
const withSmallResolutions = {
  ...data,
  commitments: [...data.commitments, { ...r292Task, id: 'lent-57', resolutionId: 'r57', dueYear: null, horizonYear: null }, { ...r292Task, id: 'lent-59', resolutionId: 'r59', dueYear: null, horizonYear: null }],
};

describe('buildSlides', () => {
  it('says one thing a slide: title, headline, status grids, each target, the next deadlines', () => {
    const slides = buildSlides(applyFilters(data, EMPTY_FILTERS), 2025);
    expect(slides).toEqual([
      { kind: 'title' },
      { kind: 'headline' },
      { kind: 'status', resolutionIds: ['r292'], commitmentIds: r292Tasks },
      // Resolutions 56, 57, 59 and 68 have no task in the sources: no grid for them.
      { kind: 'target', targetId: 'agencies-abroad' },
      { kind: 'deadlines' },
    ]);
    expect(r292Tasks).toHaveLength(6);
  });

  it('pools resolutions of one task each into one grid, not two near-empty slides', () => {
    const slides = buildSlides(applyFilters(withSmallResolutions, EMPTY_FILTERS), 2025).filter((s) => s.kind === 'status');
    expect(slides).toContainEqual({ kind: 'status', resolutionIds: ['r57', 'r59'], commitmentIds: ['lent-57', 'lent-59'] });
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
    const slides = buildSlides(applyFilters(withSmallResolutions, { ...EMPTY_FILTERS, resolutions: ['r57'] }), 2025);
    // r57's only task has no due year and no target: no deadline or target slide.
    expect(slides.map((s) => s.kind)).toEqual(['title', 'headline', 'status']);
    expect(buildSlides(applyFilters(data, EMPTY_FILTERS), 2046).map((s) => s.kind)).not.toContain('deadlines');
  });
});

describe('buildSlides after a meeting', () => {
  const kinds = (slides: ReturnType<typeof buildSlides>) => slides.map((s) => s.kind);

  it('opens the review with what changed since, four changes a slide, then the open actions', () => {
    const slides = buildSlides(applyFilters(data, EMPTY_FILTERS), 2025, { held: true, changes: 6, openDecisionIds: ['d1', 'd2'] });
    expect(slides.slice(0, 5)).toEqual([
      { kind: 'title' },
      { kind: 'headline' },
      { kind: 'since-meeting', first: 0, count: 4 },
      { kind: 'since-meeting', first: 4, count: 2 },
      { kind: 'open-actions', decisionIds: ['d1', 'd2'] },
    ]);
  });

  it('says so when nothing changed, and has no meeting slides before the first meeting', () => {
    expect(buildSlides(applyFilters(data, EMPTY_FILTERS), 2025, { held: true, changes: 0, openDecisionIds: [] }).filter((s) => s.kind === 'since-meeting')).toEqual([
      { kind: 'since-meeting', first: 0, count: 0 },
    ]);
    expect(kinds(buildSlides(applyFilters(data, EMPTY_FILTERS), 2025))).not.toContain('since-meeting');
    expect(kinds(buildSlides(applyFilters(data, EMPTY_FILTERS), 2025))).not.toContain('open-actions');
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

  it('ends with the Government Office’s counts only when something shown has a deadline to count against', () => {
    expect(buildSlides(applyFilters(data, EMPTY_FILTERS), 2025, NO_REVIEW, true).at(-1)).toEqual({ kind: 'deadline-counts' });
    expect(buildSlides(applyFilters(data, EMPTY_FILTERS), 2025, NO_REVIEW, false).map((s) => s.kind)).not.toContain('deadline-counts');
  });
});
