import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { BrowserRouter } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { createQueryClient } from '../lib/query-client';
import { AppProvider } from './provider';
import { AppRoutes } from './router';

/** Whatever holds the address: the browser's history, or a fixed address at build time and in tests. */
export type AppRouter = ComponentType<{ children: ReactNode }>;

interface AppProps {
  /** Given when the page loaded the data before the first render (the prerendered first view). */
  queryClient?: QueryClient;
  /** The browser's router, or a MemoryRouter at build time (src/app/prerender.tsx) and in tests. */
  Router?: AppRouter;
  /** Called once the first render is on screen and live (after hydrating the prerendered page). */
  onLive?: () => void;
}

export function App({ queryClient: given, Router = BrowserRouter, onLive }: AppProps = {}) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  useEffect(() => {
    onLive?.();
  }, [onLive]);
  return (
    <AppProvider queryClient={queryClient}>
      <Router>
        <AppRoutes />
      </Router>
    </AppProvider>
  );
}
