import { rowSegments, segmentLabelFits } from './stacked-row';
import { statusSeries } from '../../../test/factories/status-series';
const number = (n: number) => String(n);

describe('a bar cut into its statuses', () => {
  it('gives each status a share of the bar’s width, left to right, and skips the statuses it has none of', () => {
    const series = statusSeries({ r1: { not_assessed: 1, in_progress: 3 } });
    const segments = rowSegments(series, series.rows[0]!, { x: 10, width: 400 }, number);
    expect(segments.map(({ status, x, width }) => [status, x, width])).toEqual([
      ['not_assessed', 10, 100],
      ['in_progress', 110, 300],
    ]);
  });

  it('leaves out the count of a segment too narrow to hold it, or a sliver of the widest bar (the table has them)', () => {
    const series = statusSeries({ r1: { not_assessed: 1, in_progress: 99 }, r2: { done: 1000 } });
    const [sliver, wide] = rowSegments(series, series.rows[0]!, { x: 0, width: 2000 }, number);
    expect(sliver).toMatchObject({ status: 'not_assessed', width: 20, labelled: false });
    expect(wide).toMatchObject({ status: 'in_progress', labelled: true });
    expect(segmentLabelFits(20, '1')).toBe(true);
    expect(segmentLabelFits(20, '1000')).toBe(false);
  });

  it('prints no segment counts where the chart has a single status: the total says it all', () => {
    const series = statusSeries({ r1: { not_assessed: 40 } });
    expect(rowSegments(series, series.rows[0]!, { x: 0, width: 400 }, number)).toEqual([{ status: 'not_assessed', count: 40, x: 0, width: 400, labelled: false }]);
  });

  it('draws nothing for a resolution with no commitments', () => {
    const series = statusSeries({ r1: {} });
    expect(rowSegments(series, series.rows[0]!, { x: 0, width: 400 }, number)).toEqual([]);
  });
});
