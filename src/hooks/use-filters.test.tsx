import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { useFilters } from './use-filters';

function setup(url: string) {
  const wrapper = ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>;
  return renderHook(() => ({ ...useFilters(), search: useLocation().search }), { wrapper });
}

describe('useFilters', () => {
  it('keeps both of two changes made before the first has rendered (a box ticked, then a status chosen)', () => {
    const { result } = setup('/?lang=en');
    act(() => {
      result.current.setFilters({ resolutions: ['r292'] });
      result.current.setFilters({ statuses: ['not_assessed'] });
    });
    expect(result.current.filters.resolutions).toEqual(['r292']);
    expect(result.current.filters.statuses).toEqual(['not_assessed']);
    expect(result.current.search).toContain('lang=en');
  });

  it('builds on the rendered URL again once its own changes have rendered', () => {
    const { result } = setup('/?lang=en&res=r57');
    act(() => result.current.setFilters({ statuses: ['done'] }));
    act(() => result.current.setFilters({ resolutions: [] }));
    expect(result.current.filters).toMatchObject({ resolutions: [], statuses: ['done'] });
  });
});
