import { parseDataset, type DatasetError } from './parse-dataset';
import { mergeRecords } from './merge-records';
import { groupByTarget, publishedFigures } from './figures';
import { cite, dataset, figure, figureRecord, milestone, resolution, source, target } from '../../test/factories/dataset';
import type { PublishedFigure } from './types';

const published = (id: string, targetId: string, asOf: string, value: number): PublishedFigure => ({
  id,
  targetId,
  value,
  asOf,
  citations: [{ sourceId: 'src-1', quote: `${value} agencies as of ${asOf}` }],
});

const withFigures = (figures: PublishedFigure[]) =>
  dataset({
    sources: [source({ publisher: 'Ministry', title: 'Annual report', url: 'https://example.org/report' })],
    resolutions: [resolution('r1')],
    targets: [target('tg1', [milestone(2030, 115)]), target('tg2', [milestone(2030, 10)])],
    figures,
  });

describe('published figures', () => {
  it('read as figures cited by their source, read-only', () => {
    const [f] = publishedFigures(withFigures([published('pf1', 'tg1', '2026-01-01', 100)]));
    expect(f).toEqual({
      id: 'pf1',
      targetId: 'tg1',
      value: 100,
      asOf: '2026-01-01',
      source: { text: 'Ministry, Annual report', url: 'https://example.org/report' },
      note: '100 agencies as of 2026-01-01',
      published: true,
    });
  });

  it('join the user figures in the merge, oldest first, and grouped by target', () => {
    const data = withFigures([published('pf2', 'tg1', '2026-06-01', 104), published('pf1', 'tg2', '2025-01-01', 3)]);
    const merged = mergeRecords(data, [figureRecord('u1', { targetId: 'tg1', asOf: '2026-03-01', value: 101 })]);
    expect(merged.figures.map((f) => f.id)).toEqual(['pf1', 'u1', 'pf2']);
    expect(merged.figuresByTarget.get('tg1')?.map((f) => f.id)).toEqual(['u1', 'pf2']);
    expect(merged.figuresByTarget.get('tg2')?.map((f) => f.value)).toEqual([3]);
  });

  it('a dataset without figures still loads and has none', () => {
    const data = JSON.parse(JSON.stringify(withFigures([]))) as Record<string, unknown>;
    delete data.figures;
    expect(mergeRecords(parseDataset(data), []).figures).toEqual([]);
  });

  it('a figure of an unknown target, a duplicate id or an undated day is refused', () => {
    const reject = (figures: PublishedFigure[]) => {
      try {
        parseDataset(JSON.parse(JSON.stringify(withFigures(figures))));
      } catch (e) {
        return (e as DatasetError).issues.join('; ');
      }
      return 'accepted';
    };
    expect(reject([published('pf1', 'nope', '2026-01-01', 1)])).toMatch(/unknown target nope/);
    expect(reject([published('pf1', 'tg1', '2026-01-01', 1), published('pf1', 'tg1', '2026-02-01', 2)])).toMatch(/duplicate figure id pf1/);
    expect(reject([published('pf1', 'tg1', '2026', 1)])).toMatch(/dated to the day/);
    expect(reject([{ ...published('pf1', 'tg1', '2026-01-01', 1), citations: cite('missing') }])).toMatch(/unknown source missing/);
  });
});

describe('groupByTarget', () => {
  it('keeps each target’s figures in the given order', () => {
    const byTarget = groupByTarget([figure('a', 1, '2025-01-01'), figure('b', 2, '2025-02-01'), figure('a', 3, '2025-03-01')]);
    expect(byTarget.get('a')?.map((f) => f.value)).toEqual([1, 3]);
    expect(byTarget.get('b')?.map((f) => f.value)).toEqual([2]);
  });
});
