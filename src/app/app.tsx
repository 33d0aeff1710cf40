import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { BrowserRouter } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { workspaceApiBase } from '../config/workspace';
import { whenIslandsLive } from '../components/island';
import { createQueryClient } from '../lib/query-client';
import { AppProvider } from './provider';
import { AppRoutes } from './router';

/** The team workspace's sign-in and sync, loaded only when a workspace server serves the page. */
const WorkspaceGate = lazy(() => import('../features/workspace/components/workspace-gate').then((m) => ({ default: m.WorkspaceGate })));

/** Whatever holds the address: the browser's history, or a fixed address at build time and in tests. */
export type AppRouter = ComponentType<{ children: ReactNode }>;

interface AppProps {
  /** Given when the page loaded the data before the first render (the prerendered first view). */
  queryClient?: QueryClient;
  /** The browser's router, or a MemoryRouter at build time (src/app/prerender.tsx) and in tests. */
  Router?: AppRouter;
  /** Called once the first render is on screen and live (after hydrating the prerendered page). */
  onLive?: () => void;
  /** The workspace server's base, when the page is served by one (read from index.html by default). */
  workspace?: string;
}

export function App({ queryClient: given, Router = BrowserRouter, onLive, workspace = workspaceApiBase() }: AppProps = {}) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  useEffect(() => {
    // Live once every island of the prerendered page has been taken over, not just the root.
    let mounted = true;
    void whenIslandsLive().then(() => mounted && onLive?.());
    return () => {
      mounted = false;
    };
  }, [onLive]);
  const routes = (
    <Router>
      <AppRoutes />
    </Router>
  );
  return (
    <AppProvider queryClient={queryClient}>
      {workspace === undefined ? (
        routes
      ) : (
        <Suspense fallback={<p className="app-shell" role="status" />}>
          <WorkspaceGate base={workspace}>{routes}</WorkspaceGate>
        </Suspense>
      )}
    </AppProvider>
  );
}
