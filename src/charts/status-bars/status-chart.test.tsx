import { render } from '@testing-library/react';
import type { BarShapeProps } from 'recharts';
import { CHART_COLORS } from '../../config/colors';
import { StackedBar } from './status-chart';
import { statusSeries } from '../../../test/factories/status-series';

const series = statusSeries({ r1: { not_assessed: 30, at_risk: 10 }, r2: { done: 40 } });

/** A bar as recharts places it: 400 px for r1's 40 commitments, 30 px high. */
function drawn(rowIndex: number) {
  const bar = { x: 100, y: 20, width: 400, height: 30, payload: { ...series.rows[rowIndex]!, series } } as unknown as BarShapeProps;
  const { container } = render(
    <svg>
      <StackedBar {...bar} number={String} colors={CHART_COLORS} />
    </svg>,
  );
  return container;
}

describe('a resolution’s stacked bar', () => {
  it('draws one segment per status it has, in the legend’s order and colours, across the bar', () => {
    const paths = [...drawn(0).querySelectorAll('path')];
    expect(paths.map((p) => p.getAttribute('fill'))).toEqual([CHART_COLORS.status.not_assessed, CHART_COLORS.status.at_risk]);
    expect(paths.map((p) => p.getAttribute('d'))).toEqual(['M100,20h300v30h-300Z', 'M400,20h100v30h-100Z']);
  });

  it('prints each segment’s count in its middle, and the total just past the end of the bar, level with it', () => {
    const texts = [...drawn(0).querySelectorAll('text')].map((t) => [t.textContent, t.getAttribute('x'), t.getAttribute('y')]);
    expect(texts).toEqual([
      ['30', '250', '35'],
      ['10', '450', '35'],
      ['40', '506', '35'],
    ]);
  });
});
