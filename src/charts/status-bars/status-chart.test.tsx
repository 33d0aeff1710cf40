import { render } from '@testing-library/react';
import type { LabelProps } from 'recharts';
import { countLabel } from './status-chart';

const drawn = (anchor: 'middle' | 'start', viewBox: LabelProps['viewBox'], value = 1338) => {
  const Label = countLabel((v) => String(v), '#000000', anchor);
  const { container } = render(<svg><Label viewBox={viewBox} value={value} /></svg>);
  return container.querySelector('text');
};

describe('a bar’s count label', () => {
  it('sits in the middle of its segment, level with it', () => {
    const text = drawn('middle', { x: 100, y: 20, width: 80, height: 30 });
    expect(text).toHaveTextContent('1338');
    expect([text?.getAttribute('x'), text?.getAttribute('y')]).toEqual(['140', '35']);
  });

  it('is left out where its segment is too narrow to hold it (the table has it)', () => {
    expect(drawn('middle', { x: 100, y: 20, width: 30, height: 30 })).toBeNull();
  });

  it('prints the total just past the end of the bar, however short the bar', () => {
    const text = drawn('start', { x: 100, y: 20, width: 4, height: 30 });
    expect([text?.getAttribute('x'), text?.getAttribute('y')]).toEqual(['110', '35']);
  });
});
