import { act, render, screen } from '@testing-library/react';
import { useAfterPaint } from './use-after-paint';

function Show({ value }: { value: string }) {
  const shown = useAfterPaint(value);
  return <p>{`${value} / ${shown}`}</p>;
}

describe('useAfterPaint', () => {
  it('starts with the value, and takes a new one only after the next frame', async () => {
    const { rerender } = render(<Show value="a" />);
    expect(screen.getByText('a / a')).toBeInTheDocument();
    rerender(<Show value="b" />);
    expect(screen.getByText('b / a')).toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.getByText('b / b')).toBeInTheDocument();
  });

  it('skips values that were replaced before a frame came', async () => {
    const { rerender } = render(<Show value="a" />);
    rerender(<Show value="b" />);
    rerender(<Show value="c" />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.getByText('c / c')).toBeInTheDocument();
  });
});
