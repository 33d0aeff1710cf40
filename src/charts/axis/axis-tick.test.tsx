import { render } from '@testing-library/react';
import { AxisTick } from './axis-tick';

function drawn(props: Parameters<typeof AxisTick>[0]) {
  const { container } = render(
    <svg>
      <AxisTick {...props} />
    </svg>,
  );
  return container.querySelector('text')!;
}

describe('an axis label drawn without measuring', () => {
  it('writes the value as the caller words it, where recharts places it, in the axis’s colour', () => {
    const text = drawn({ x: 40, y: 300, textAnchor: 'middle', verticalAnchor: 'start', fill: '#123456', className: 'recharts-cartesian-axis-tick-value', payload: { value: 10000 }, text: (v) => Number(v).toLocaleString('en') });
    expect(text.textContent).toBe('10,000');
    expect(text).toHaveAttribute('fill', '#123456');
    expect(text).toHaveAttribute('class', 'recharts-text recharts-cartesian-axis-tick-value');
    expect(text.querySelector('tspan')).toHaveAttribute('x', '40');
    expect(text.querySelector('tspan')).toHaveAttribute('dy', '0.71em');
  });

  it('breaks a long label into lines centred on its row', () => {
    const text = drawn({ x: 100, y: 50, textAnchor: 'end', payload: { value: 'Resolution 292/NQ-CP' }, text: String, maxWidth: 110 });
    const lines = [...text.querySelectorAll('tspan')];
    expect(lines.map((l) => l.textContent)).toEqual(['Resolution', '292/NQ-CP']);
    expect(lines.map((l) => l.getAttribute('dy'))).toEqual(['-0.145em', '1em']);
    expect(text).toHaveAttribute('text-anchor', 'end');
  });
});
