import { whenIdle } from './when-idle';

describe('whenIdle', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('hands the work to the browser’s idle callback, with the latest time it may wait', () => {
    const idle = vi.fn((run: () => void) => run());
    vi.stubGlobal('requestIdleCallback', idle);
    const run = vi.fn();
    whenIdle(run, 200);
    expect(run).toHaveBeenCalledOnce();
    expect(idle).toHaveBeenCalledWith(expect.any(Function), { timeout: 200 });
  });

  it('runs it on the next task where the browser has no idle callbacks', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const run = vi.fn();
    whenIdle(run);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledOnce();
  });
});
