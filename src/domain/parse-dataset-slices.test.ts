import { DatasetError, parseDataset, parseDatasetInSlices } from './parse-dataset';
import type { PublishedFigure } from './types';
import { dataset, milestone, resolution, target } from '../../test/factories/dataset';

const json = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

const published = (i: number, over: Partial<PublishedFigure> = {}): PublishedFigure => ({
  id: `fig-${i}`,
  targetId: 'tg1',
  value: i,
  asOf: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
  citations: [{ sourceId: 'src-1', quote: `Figure ${i}.` }],
  ...over,
});

const withFigures = (figures: PublishedFigure[]) =>
  json({ ...dataset({ resolutions: [resolution('r1')], targets: [target('tg1', [milestone(2030, 115, true)])] }), figures });

function slicesOf(input: unknown, sliceItems: number) {
  const slices: PublishedFigure[][] = [];
  const rest = parseDatasetInSlices(input, sliceItems, (figures) => slices.push(figures));
  return { rest, slices };
}

function errorOf(run: () => unknown): DatasetError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetError);
    return e as DatasetError;
  }
  throw new Error('expected a DatasetError');
}

describe('parseDatasetInSlices', () => {
  it('hands the figures over a slice at a time, in order, and the rest of the dataset without them', () => {
    const input = withFigures(Array.from({ length: 7 }, (_, i) => published(i)));
    const { rest, slices } = slicesOf(input, 3);
    expect(slices.map((s) => s.length)).toEqual([3, 3, 1]);
    expect({ ...rest, figures: slices.flat() }).toEqual(parseDataset(input));
  });

  it('reads a dataset without figures whole', () => {
    const input = json(dataset({ resolutions: [resolution('r1')] }));
    const { rest, slices } = slicesOf(input, 3);
    expect(slices).toEqual([]);
    expect(rest).toEqual(parseDataset(input));
  });

  it.each([
    ['a figure that breaks the schema', withFigures([published(0), published(1), published(2), published(3, { value: -1 })])],
    ['a figure of an unknown target', withFigures([published(0), published(1), published(2), published(3, { targetId: 'nowhere' })])],
    ['a figure citing an unknown source', withFigures([published(0), published(1), published(2), published(3, { citations: [{ sourceId: 'gone', quote: 'x' }] })])],
    ['a figure id used twice, in two slices', withFigures([published(0), published(1), published(2), published(0)])],
    ['a broken dataset around valid figures', { ...withFigures([published(0)]), updatedOn: 'last week' }],
  ])('refuses %s with the error parseDataset gives', (_name, input) => {
    const whole = errorOf(() => parseDataset(input));
    const sliced = errorOf(() => slicesOf(input, 3));
    expect({ message: sliced.message, issues: sliced.issues, code: sliced.code }).toEqual({ message: whole.message, issues: whole.issues, code: whole.code });
  });

  it('lists the issues of the first part found wrong: the rest of the file before any figure', () => {
    const input = { ...withFigures([published(0, { value: -1 })]), updatedOn: 'last week' };
    expect(errorOf(() => slicesOf(input, 3)).issues).toEqual(['updatedOn: dates are YYYY or YYYY-MM-DD', 'updatedOn: not a calendar date']);
  });

  it('names a bad figure by its place in the whole list', () => {
    expect(errorOf(() => slicesOf(withFigures([published(0), published(1), published(2), published(3, { asOf: '2026' })]), 3)).issues).toEqual([
      'figures.3.asOf: a figure is dated to the day',
    ]);
  });
});
