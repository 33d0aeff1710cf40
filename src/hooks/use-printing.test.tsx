import { act, renderHook } from '@testing-library/react';
import { usePrinting } from './use-printing';

describe('whether the page is being printed', () => {
  it('turns on at the browser’s beforeprint, before the print media query does, and off at afterprint', () => {
    const { result } = renderHook(() => usePrinting());
    expect(result.current).toBe(false);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(result.current).toBe(true);
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(result.current).toBe(false);
  });
});
