import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { useAfterPaint } from './use-after-paint';

function Show({ value }: { value: string }) {
  const shown = useAfterPaint(value);
  return <p>{`${value} / ${shown}`}</p>;
}

// Fake timers drive the frame and the timeout: the test depends on their order, never on how
// busy the machine is.
beforeEach(() => vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

describe('useAfterPaint', () => {
  it('starts with the value, and takes a new one only after the next frame', () => {
    const { rerender } = render(<Show value="a" />);
    expect(screen.getByText('a / a')).toBeInTheDocument();
    rerender(<Show value="b" />);
    expect(screen.getByText('b / a')).toBeInTheDocument();
    // The timeout after the frame has not run yet: still the old value.
    act(() => vi.advanceTimersToNextFrame());
    expect(screen.getByText('b / a')).toBeInTheDocument();
    act(() => vi.runOnlyPendingTimers());
    expect(screen.getByText('b / b')).toBeInTheDocument();
  });

  it('skips values that were replaced before a frame came', () => {
    const { rerender } = render(<Show value="a" />);
    rerender(<Show value="b" />);
    rerender(<Show value="c" />);
    act(() => vi.advanceTimersToNextFrame());
    act(() => vi.runOnlyPendingTimers());
    expect(screen.getByText('c / c')).toBeInTheDocument();
    expect(screen.queryByText('c / b')).not.toBeInTheDocument();
  });

  it('brings every value held back for the same paint in one render', () => {
    function Two({ a, b }: { a: string; b: string }) {
      const shownA = useAfterPaint(a);
      const shownB = useAfterPaint(b);
      return <p>{`${shownA} ${shownB}`}</p>;
    }
    const commits: string[] = [];
    const view = (a: string, b: string) => (
      <Profiler id="two" onRender={(_id, phase) => commits.push(phase)}>
        <Two a={a} b={b} />
      </Profiler>
    );
    const { rerender } = render(view('a1', 'b1'));
    rerender(view('a2', 'b2'));
    commits.length = 0;
    act(() => vi.advanceTimersToNextFrame());
    act(() => vi.runOnlyPendingTimers());
    expect(screen.getByText('a2 b2')).toBeInTheDocument();
    expect(commits).toEqual(['update']);
  });
});
