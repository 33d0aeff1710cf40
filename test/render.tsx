import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { AppProvider } from '../src/app/provider';
import { AppRoutes } from '../src/app/router';

/** A router for `<App Router={…}>` that starts at `url` (the tests' stand-in for the browser's address). */
export const routerAt = (url: string) =>
  function AtUrl({ children }: { children: React.ReactNode }) {
    return <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>;
  };

/** The whole app at `url`, with a fresh query cache that does not retry; `location()` is the address it is at now. */
export function renderApp(url = '/?lang=en') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const user = userEvent.setup();
  let current: Location | undefined;
  function Address() {
    current = useLocation();
    return null;
  }
  const utils = render(
    <AppProvider queryClient={queryClient}>
      <MemoryRouter initialEntries={[url]}>
        <AppRoutes />
        <Address />
      </MemoryRouter>
    </AppProvider>,
  );
  return { ...utils, user, queryClient, location: () => current! };
}
