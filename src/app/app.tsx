import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { createQueryClient } from '../lib/query-client';
import { AppProvider } from './provider';
import { createAppRouter } from './router';

interface AppProps {
  /** Given when the page loaded the data before the first render (the prerendered first view). */
  queryClient?: QueryClient;
  /** The browser's router, or a memory router at build time (src/app/prerender.tsx). */
  createRouter?: () => ReturnType<typeof createAppRouter>;
  /** Called once the first render is on screen and live (after hydrating the prerendered page). */
  onLive?: () => void;
}

export function App({ queryClient: given, createRouter = createAppRouter, onLive }: AppProps = {}) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  const [router] = useState(createRouter);
  useEffect(() => {
    onLive?.();
  }, [onLive]);
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
