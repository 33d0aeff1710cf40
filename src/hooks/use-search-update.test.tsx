import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useNavigate } from 'react-router';
import { useSearchUpdate } from './use-search-update';

function setup(url: string) {
  const wrapper = ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>;
  return renderHook(() => ({ ...useSearchUpdate(), navigate: useNavigate() }), { wrapper });
}

/** A clicker's press: the slide after the one last asked for. */
const nextSlide = (latest: URLSearchParams) => {
  const next = new URLSearchParams(latest);
  next.set('slide', String(Number(latest.get('slide') ?? 1) + 1));
  return next;
};

describe('useSearchUpdate', () => {
  it('builds two changes made in the same instant one on the other (two presses of a clicker move two slides)', () => {
    const { result } = setup('/present?slide=1&lang=en');
    act(() => {
      result.current.update(nextSlide, { replace: true });
      result.current.update(nextSlide, { replace: true });
    });
    expect(result.current.params.get('slide')).toBe('3');
    expect(result.current.params.get('lang')).toBe('en');
  });

  it('builds on a URL that came from elsewhere (the back button, a link) once it has rendered', () => {
    const { result } = setup('/present?slide=4');
    act(() => result.current.update(nextSlide));
    act(() => void result.current.navigate('/present?slide=1'));
    act(() => result.current.update(nextSlide));
    expect(result.current.params.get('slide')).toBe('2');
  });
});
